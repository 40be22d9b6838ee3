# bytes % values: %c takes an int in range(256) or a single byte.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(b"%c|%c|%c|%3c|%-3c|" % (65, b"B", bytearray(b"C"), 97, 0xFF))
t(lambda: b"%c" % 256)
t(lambda: b"%c" % -1)
t(lambda: b"%c" % b"ab")
t(lambda: b"%c" % "a")
t(lambda: b"%c" % 1.5)
