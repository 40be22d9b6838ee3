# bytes.decode and bytearray.decode with keywords and defaults.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(b"caf\xc3\xa9".decode(), bytearray(b"caf\xc3\xa9").decode("utf-8"), b"\xe9".decode("latin-1"), b"abc".decode(encoding="ascii"), b"a\xffb".decode(errors="replace"))
print(type(b"".decode()).__name__, repr(b"".decode("ascii")), bytes(bytearray(b"mv")).decode())
t(lambda: b"\xff".decode())
t(lambda: b"a".decode(1))
t(lambda: b"a".decode("utf-8", 1))
t(lambda: b"a".decode("rot13-no"))
t(lambda: b"a".decode("utf-8", "strict", 1))
