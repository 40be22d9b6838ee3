# A view of a bytearray writes through to it and sees its changes.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


ba = bytearray(b"hello world")
m = memoryview(ba)
m[0] = ord("J")
m[6:11] = b"WORLD"
print(ba)
ba[1] = ord("E")
print(m.tobytes(), m[1])
m[::2] = b"......"
print(ba)
m[1:3] = m[3:5]
print(ba)
ba.reverse()
print(m.tobytes())
ba[0:2] = b"!!"
print(m[:4].tobytes())
t(lambda: m.__setitem__(0, 256))
t(lambda: m.__setitem__(0, -1))
t(lambda: m.__setitem__(0, "a"))
t(lambda: m.__setitem__(0, 1.0))
t(lambda: m.__setitem__(slice(0, 2), b"abc"))
t(lambda: m.__setitem__(slice(0, 2), [1, 2]))
t(lambda: m.__setitem__(slice(0, 1), memoryview(b"\x00\x00").cast("H")))
t(lambda: m.__setitem__(20, 1))
t(lambda: m.__delitem__(0))
t(lambda: m.__setitem__(..., 1))
g = m[:8].cast("B", [2, 4])
g[1, 1] = 42
print(ba[5])
t(lambda: g.__setitem__(0, 1))
t(lambda: g.__setitem__(slice(0, 1), b"abcd"))
