# count, replace, find of bytes with empty patterns and ranges.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


b = b"aaaa"
for n in (-1, 0, 1, 2, 10):
    print(n, b.replace(b"a", b"b", n), b.replace(b"aa", b"x", n), b.replace(b"", b"-", n))
print(b.count(b""), b.count(b"", 2), b.count(b"aa"), b.find(b"", 4), b.find(b"", 5), b.rfind(b""), b"".count(b""), b"".replace(b"", b"x"))
print(bytearray(b"abc").replace(b"b", b"BB"), bytearray(b"abc").count(98), b"abcabc".rindex(b"c", 0, -1), b"abc".find(b"c", -1))
t(lambda: b.replace(b"a"))
t(lambda: b.count(b"a", "1"))
t(lambda: b.replace(b"a", b"b", "1"))
