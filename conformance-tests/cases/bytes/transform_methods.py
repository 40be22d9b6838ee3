# replace, translate, maketrans, join and the case methods of bytes (ASCII only).
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


b = b"Hello \xc3\xa9 World"
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize(), b.replace(b"l", b"L", 2), b.replace(b"", b".", 3))
table = bytes.maketrans(b"lo", b"01")
print(len(table), b.translate(table), b.translate(None, b"lo"), b.translate(table, b"H"), bytearray(b"abc").translate(None))
print(b"-".join([b"a", bytearray(b"b"), b"c"]), bytearray(b"").join([]), type(bytearray(b",").join([b"x"])).__name__)
t(lambda: bytes.maketrans(b"ab", b"c"))
t(lambda: b.translate(b"short"))
t(lambda: b"-".join([b"a", "b"]))
t(lambda: b"-".join([1]))
t(lambda: b.replace("l", b"L"))
