# bytes() and bytearray() from ints, iterables, str with encoding and buffers.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(bytes(), bytes(3), bytes([1, 2]), bytes(b"ab"), bytes(bytearray(b"c")), bytes("é", "utf-8"), bytes("é", encoding="latin-1"), bytes(range(3)), bytes(iter([65])))
print(bytearray(), bytearray(2), bytearray([255]), bytearray("x", "ascii"), bytes("ü", "ascii", "replace"))
class D:
    def __bytes__(self):
        return b"dunder"
class I:
    def __index__(self):
        return 2
print(bytes(D()), bytes(I()), bytearray(I()))
t(lambda: bytes(-1))
t(lambda: bytes("str"))
t(lambda: bytes([256]))
t(lambda: bytes([-1]))
t(lambda: bytes(["a"]))
t(lambda: bytes(1.5))
t(lambda: bytes(b"a", "utf-8"))
t(lambda: bytes(5, "utf-8"))
t(lambda: bytearray("x"))
t(lambda: bytes(None))
t(lambda: bytes("a", errors="strict"))
