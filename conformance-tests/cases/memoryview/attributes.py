# The attributes of a memoryview over bytes, bytearray and after cast and slicing.
b = b"abcdef"
m = memoryview(b)
print(m.obj is b, m.nbytes, m.readonly, m.itemsize, m.format, m.ndim)
print(m.shape, m.strides, m.suboffsets, m.c_contiguous, m.f_contiguous, m.contiguous)
ba = bytearray(range(16))
w = memoryview(ba)
print(w.obj is ba, w.readonly, len(w), type(w).__name__)
s = w[1::3]
print(s.shape, s.strides, s.nbytes, s.c_contiguous, s.f_contiguous, s.contiguous, s.obj is ba)
c = w.cast("I")
print(c.format, c.itemsize, c.shape, c.strides, c.nbytes, len(c))
d = w.cast("B", (2, 4, 2))
print(d.ndim, d.shape, d.strides, d.c_contiguous, d.f_contiguous, len(d))
z = memoryview(b"q").cast("B", [])
print(z.ndim, z.shape, z.strides, len(z), z.tolist())
print(w.cast("@H").format, memoryview(b"").shape, memoryview(b"")[::-1].tobytes())
print(memoryview(b"x").toreadonly().readonly, w.toreadonly().readonly, w.toreadonly().obj is ba)
print(isinstance(m, memoryview), memoryview.__name__, repr(m).startswith("<memory at 0x"))
