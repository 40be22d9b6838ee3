# Membership tests on bytes accept ints and bytes-like objects.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


b = b"hello\x00\xff"
print(104 in b, 0 in b, 255 in b, 1 in b, b"ell" in b, bytearray(b"lo") in b, b"" in b, b"\x00\xff" in b, b"z" not in b)
t(lambda: 256 in b)
t(lambda: -1 in b)
t(lambda: "h" in b)
t(lambda: None in b)
t(lambda: [104] in b)
print(list(iter(b)), [hex(c) for c in reversed(b)], bytes(reversed(b)), b.index(0), bytearray(b).index(255))
