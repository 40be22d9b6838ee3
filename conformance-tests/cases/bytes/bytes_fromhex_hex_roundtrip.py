# hex and fromhex are inverse; upper-case hex digits and whitespace are accepted.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for data in (b"", b"\x00", bytes(range(16)), b"\xff" * 5, "é😀".encode()):
    h = data.hex()
    print(h, bytes.fromhex(h) == data, bytes.fromhex(h.upper()) == data, bytes.fromhex(data.hex(" ")) == data, bytearray.fromhex(h) == data)
print(bytes.fromhex("\t01\n02\x0b03\x0c04\r05 "), b"ab".hex(":", 1), b"abcde".hex(":", 2), b"abcde".hex(":", -2))
t(lambda: bytes.fromhex("01\x1c02"))
t(lambda: bytes.fromhex("0\n1"))
t(lambda: bytes.fromhex(" 1"))
