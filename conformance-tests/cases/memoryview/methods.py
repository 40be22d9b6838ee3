# tobytes, tolist, hex, and the argument checks of memoryview's methods.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


m = memoryview(b"\x01\x02\x03\x04\x05\x06")
print(m.tobytes(), m.tobytes("C"), m.tobytes("F"), m.tobytes("A"), m.tobytes(None), m.tobytes(order="C"))
g = m.cast("B", [2, 3])
print(g.tobytes("C"), g.tobytes("F"), g.tobytes("A"), g.tolist())
print(m[::-2].tobytes("F"), m[::2].tobytes("A"))
print(m.hex(), m.hex(":"), m.hex(":", 2), m.hex("-", -4), m.hex(sep=b"|", bytes_per_sep=3), m[::-1].hex())
print(m.cast("H").hex(), g.hex(" "))
t(lambda: m.tobytes("X"))
t(lambda: m.tobytes(1))
t(lambda: m.tobytes(order="C", x=1))
t(lambda: m.tolist(1))
t(lambda: m.release(1))
t(lambda: m.hex("::"))
t(lambda: m.hex(1))
t(lambda: m.toreadonly(1))
t(lambda: memoryview())
t(lambda: memoryview(1))
t(lambda: memoryview("abc"))
t(lambda: memoryview(b"a", b"b"))
t(lambda: memoryview(object=b"x").tobytes())
t(lambda: memoryview(x=b"x"))
t(lambda: memoryview(x=b"x", object=b""))
t(lambda: memoryview(b"", x=1))
print(m.__exit__(1, 2, 3), m.__exit__())
