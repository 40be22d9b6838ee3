# Views of bytes, and toreadonly() views, refuse writes.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


m = memoryview(b"abc")
t(lambda: m.__setitem__(0, 1))
t(lambda: m.__setitem__(slice(0, 1), b"z"))
t(lambda: m.__delitem__(0))
ba = bytearray(b"xyz")
r = memoryview(ba).toreadonly()
t(lambda: r.__setitem__(0, 1))
print(r.tobytes(), r.readonly)
ba[0] = ord("X")
print(r.tobytes())
t(lambda: r.cast("c").__setitem__(0, b"q"))
print(memoryview(r).readonly, r[1:].readonly)
