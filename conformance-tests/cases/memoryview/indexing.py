# Items and slices of one-dimensional views; multi-dimensional indexing after cast.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


m = memoryview(b"abcdefgh")
print(m[0], m[-1], m[2:5].tobytes(), m[::-2].tolist(), m[5:1:-1].tobytes(), len(m[10:]))
print(list(m[:3]), 99 in m, b"a" in m, [x for x in m[::3]], list(reversed(m[:3])), sum(m), max(m))
t(lambda: m[8])
t(lambda: m[-9])
t(lambda: m["a"])
t(lambda: m[1.0])
t(lambda: m[...])
t(lambda: m[1:2, 3:4])
t(lambda: m[()])
t(lambda: m[1:2:0])
t(lambda: m[2**70])
g = m.cast("B", [2, 4])
print(g[1, 2], g[-1, -1], g[0:1].tolist(), g.tolist())
t(lambda: g[1])
t(lambda: g[1, 2, 3])
t(lambda: g[2, 0])
t(lambda: g[0, 4])
t(lambda: g[1, "a"])
t(lambda: list(g))
z = memoryview(b"q").cast("B", [])
print(z[()], z[...].tolist(), z.tobytes())
t(lambda: z[0])
t(lambda: iter(z))
