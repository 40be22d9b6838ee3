# find, index, count, startswith and endswith on bytes accept ints and ranges.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


b = b"abcabcabc"
print(b.find(b"c"), b.find(99), b.rfind(99), b.find(b"abc", 1), b.rfind(b"abc", 0, -1), b.find(b"", 9), b.find(b"", 10), b.count(97), b.count(b"bc", 2, -2))
print(b.index(98), b.rindex(b"a"), b.startswith((b"x", b"ab")), b.endswith(b"bc", 0, 6), bytearray(b).find(b"ca"), b.find(bytearray(b"bc"), -4))
t(lambda: b.index(b"z"))
t(lambda: b.rindex(120))
t(lambda: b.find(256))
t(lambda: b.find("a"))
t(lambda: b.count(-1))
t(lambda: b.startswith("a"))
t(lambda: b.endswith([b"c"]))
t(lambda: b.startswith(97))
