# cast() between byte formats and the native formats, with shapes, and its errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


data = bytes(range(1, 17))
m = memoryview(data)
for fmt in ["B", "b", "c", "?", "h", "H", "i", "I", "l", "L", "q", "Q", "n", "N", "P"]:
    c = m.cast(fmt)
    print(fmt, c.itemsize, len(c), c.tolist()[:4])
neg = memoryview(b"\xff" * 8)
print(neg.cast("b").tolist()[:2], neg.cast("h").tolist()[:2], neg.cast("i").tolist(), neg.cast("q").tolist(),
      neg.cast("Q").tolist(), neg.cast("L").tolist())
print(m.cast("H", [2, 4]).tolist())
print(m.cast("B", (2, 2, 4)).tolist())
print(m.cast("I", [4]).cast("B").tolist() == list(data))
print(m.cast("c", shape=[16]).tolist()[:3], m.cast(format="@d").format)
print(m.cast("B", [4, 4]).cast("B").shape)
t(lambda: m.cast("e"))
t(lambda: m.cast("<i"))
t(lambda: m.cast("ii"))
t(lambda: m.cast("x"))
t(lambda: m.cast(1))
t(lambda: m.cast())
t(lambda: m.cast("I").cast("H"))
t(lambda: m[::2].cast("B"))
t(lambda: memoryview(b"abc").cast("H"))
t(lambda: m.cast("B", 5))
t(lambda: m.cast("B", [0, 16]))
t(lambda: m.cast("B", [3, 5]))
t(lambda: m.cast("B", ["a"]))
t(lambda: m.cast("B", [2 ** 70]))
t(lambda: m.cast("B", [-1, 16]))
t(lambda: m.cast("B", [4, 4]).cast("B", [2, 8]))
t(lambda: memoryview(b"").cast("B", [1]))
t(lambda: m.cast("B", [1] * 65))
t(lambda: m.cast("B", [16]).cast("I", [2, 2]).tolist())
t(lambda: memoryview(b"").cast("I").tolist())
