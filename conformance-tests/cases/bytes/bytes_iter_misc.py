# Iteration, len, reversed, sum and conversions involving bytes.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


b = b"\x01\x02\xff"
print(len(b), list(reversed(b)), sum(b), max(b), sorted(b"cab"), list(enumerate(b"ab")), tuple(bytearray(b"xy")), set(b"aab") == {97, 98})
print(bytes(list(b)) == b, b"".join(bytes([c]) for c in b"ab"))
print(bytearray(b"abc") == b"abc", bytes(bytearray(b"z")), bytearray(b"ab").removeprefix(b"a"), b"ab".removesuffix(b"b"), b"ab".isascii())
