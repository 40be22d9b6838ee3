# bytes.hex with separators and group sizes, and bytes.fromhex.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


data = bytes(range(0, 256, 17))
print(data.hex(), data.hex(":"), data.hex("-", 1), data.hex(" ", 2), data.hex(" ", -2), data.hex("_", 4), data.hex("|", 100), data.hex(b"."))
print(bytearray(b"\x01\x02\x03").hex(":"), b"".hex(":"), b"\xab".hex(":", 2), bytearray(b"hi").hex(","))
t(lambda: data.hex("::"))
t(lambda: data.hex("é"))
t(lambda: data.hex(1))
t(lambda: data.hex(":", "2"))
t(lambda: data.hex(b""))
