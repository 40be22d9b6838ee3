# Integer formats: item writes with their ranges, bool and c formats.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Idx:
    def __index__(self):
        return 7


ba = bytearray(16)
m = memoryview(ba)
for fmt, lo, hi in [("b", -128, 127), ("B", 0, 255), ("h", -2 ** 15, 2 ** 15 - 1), ("H", 0, 2 ** 16 - 1),
                    ("i", -2 ** 31, 2 ** 31 - 1), ("I", 0, 2 ** 32 - 1), ("q", -2 ** 63, 2 ** 63 - 1),
                    ("Q", 0, 2 ** 64 - 1), ("n", -2 ** 63, 2 ** 63 - 1), ("N", 0, 2 ** 64 - 1)]:
    c = m.cast(fmt)
    c[0] = lo
    c[1] = hi
    print(fmt, c[0], c[1], ba.hex())
    t(lambda: c.__setitem__(0, lo - 1))
    t(lambda: c.__setitem__(0, hi + 1))
c = m.cast("i")
c[2] = True
c[3] = Idx()
print(c.tolist())
t(lambda: c.__setitem__(0, 1.5))
t(lambda: c.__setitem__(0, "1"))
q = m.cast("?")
q[0] = []
q[1] = "x"
q[2] = 0.0
print(q.tolist()[:3])
ch = m.cast("c")
ch[0] = b"z"
print(ch[0], ch.tolist()[:2])
t(lambda: ch.__setitem__(0, b"ab"))
t(lambda: ch.__setitem__(0, 1))
t(lambda: ch.__setitem__(0, bytearray(b"a")))
p = m.cast("P")
for v in [-1, -2 ** 63, -2 ** 63 - 1, 2 ** 64 - 1, 2 ** 64, 1.0]:
    t(lambda: (p.__setitem__(0, v), p[0])[1])


class BadIndex:
    def __init__(self, exc):
        self.exc = exc

    def __index__(self):
        raise self.exc("bad")


t(lambda: m.__setitem__(0, BadIndex(TypeError)))
t(lambda: m.__setitem__(0, BadIndex(ValueError)))
t(lambda: m.__setitem__(0, BadIndex(KeyError)))
