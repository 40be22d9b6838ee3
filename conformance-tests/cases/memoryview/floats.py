# Float formats f and d: reading, writing, range and type errors, comparison.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


ba = bytearray(16)
d = memoryview(ba).cast("d")
d[0] = 1.5
d[1] = -2
print(d.tolist(), ba[:8].hex())
f = memoryview(ba).cast("f")
f[0] = 0.1
f[1] = 1e300
f[2] = True
print(f.tolist())
t(lambda: d.__setitem__(0, "1.0"))
t(lambda: d.__setitem__(0, None))
t(lambda: f.__setitem__(0, 2 ** 2000))
t(lambda: d.__setitem__(0, 2 ** 2000))
class Bad:
    def __float__(self):
        raise OverflowError("no")
t(lambda: d.__setitem__(0, Bad()))
nan = memoryview(b"\x00\x00\x00\x00\x00\x00\xf8\x7f").cast("d")
print(nan.tolist(), nan == nan, nan == memoryview(b"\x00\x00\x00\x00\x00\x00\xf8\x7f").cast("d"))
print(memoryview(b"\x00\x00\x80\x3f").cast("f") == memoryview(b"\x00\x00\x00\x00\x00\x00\xf0\x3f").cast("d"))
print(memoryview(b"\x00\x00\x80\x3f").cast("f") == memoryview(b"\x01\x00\x00\x00").cast("i"))
