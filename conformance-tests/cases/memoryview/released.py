# Every operation on a released view raises ValueError, except release(), __exit__ and ==.
def t(f):
    try:
        r = f()
        print(repr(r) if not isinstance(r, memoryview) else "view")
    except Exception as e:
        print(type(e).__name__, e)


m = memoryview(bytearray(b"abc"))
m.release()
m.release()
for name in ["obj", "nbytes", "readonly", "itemsize", "format", "ndim", "shape", "strides", "suboffsets",
             "c_contiguous", "f_contiguous", "contiguous"]:
    t(lambda: getattr(m, name))
t(lambda: m[0])
t(lambda: m[0:1])
t(lambda: m.__setitem__(0, 1))
t(lambda: len(m))
t(lambda: m.tobytes())
t(lambda: m.tolist())
t(lambda: m.hex())
t(lambda: m.cast("B"))
t(lambda: m.toreadonly())
t(lambda: m.__enter__())
t(lambda: m.__exit__(None, None, None))
t(lambda: hash(m))
t(lambda: bytes(m))
t(lambda: memoryview(m))
t(lambda: 1 in m)
t(lambda: m == m)
t(lambda: m == memoryview(b"abc"))
t(lambda: m != b"abc")
t(lambda: b"x" + m)
print(repr(m).startswith("<released memory at 0x"))
with memoryview(b"xy") as v:
    print(v[1])
t(lambda: v[0])
