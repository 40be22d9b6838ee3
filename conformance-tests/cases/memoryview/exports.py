# A bytearray with exported views cannot change size until the views are released.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


buf = bytearray(b"0123")
with memoryview(buf) as v:
    t(lambda: buf.append(1))
    t(lambda: buf.extend(b"ab"))
    t(lambda: buf.pop())
    t(lambda: buf.remove(ord("1")))
    t(lambda: buf.insert(0, 1))
    t(lambda: buf.clear())
    t(lambda: buf.__delitem__(0))
    t(lambda: buf.__iadd__(b"x"))
    t(lambda: buf.__setitem__(slice(0, 2), b"abc"))
    buf.extend(b"")
    buf += b""
    buf[0:2] = b"AB"
    buf *= 1
    buf.reverse()
    print(buf, v.tobytes())
print(repr(v).startswith("<released memory at 0x"))
buf.append(ord("!"))
print(buf)
m = memoryview(buf)
s = m[1:3]
m.release()
t(lambda: buf.append(1))
print(s.tobytes())
s.release()
buf.append(ord("?"))
print(buf)
with memoryview(buf) as whole:
    c = whole.cast("c")
    print(c.tolist())
    c.release()
t(lambda: buf.__iadd__(b"."))
print(buf)
