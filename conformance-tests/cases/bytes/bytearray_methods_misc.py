# bytearray-only behaviour: in-place results, mutation during methods, equality after changes.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


ba = bytearray(b"hello")
up = ba.upper()
print(up, ba, up is ba, type(up).__name__)
ba[0:1] = b"J"
print(ba, ba.decode(), ba.find(b"l"), ba.startswith(b"Je"), ba.replace(b"l", b"L"), ba)
ba.extend(ba)
print(ba, len(ba))
ba[:] = b""
print(ba, bool(ba), bytearray(b"x") * 3, bytearray(3))
ba2 = bytearray(b"abc")
del ba2[0]
del ba2[-1]
print(ba2)
def delete_empty():
    x = bytearray()
    del x[0]
t(delete_empty)
