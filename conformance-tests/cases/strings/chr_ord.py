# chr and ord over the whole code point range and their errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(chr(0), chr(65), chr(0xE9), chr(0x1F600), repr(chr(0xD800)), chr(0x10FFFF) == "\U0010ffff")
print(ord("A"), ord("é"), ord("😀"), ord(b"a"), ord(bytearray(b"z")))
t(lambda: chr(-1))
t(lambda: chr(0x110000))
t(lambda: chr("a"))
t(lambda: chr(1.0))
t(lambda: ord("ab"))
t(lambda: ord(""))
t(lambda: ord(b"ab"))
t(lambda: ord(1))
