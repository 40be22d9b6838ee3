# == compares values through each side's format; hash is only for read-only byte formats.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


m = memoryview(b"abc")
print(m == b"abc", b"abc" == m, m == bytearray(b"abc"), m != b"abd", m == "abc", m == [97, 98, 99])
print(m == memoryview(b"abc"), m == m, m[::-1] == b"cba", m == b"ab")
print(memoryview(b"\x01\x00").cast("H") == memoryview(b"\x01\x00\x00\x00").cast("I"))
print(memoryview(b"ab").cast("c") == memoryview(b"ab"), memoryview(b"\xff").cast("b") == memoryview(b"\xff"))
print(memoryview(b"abcd").cast("B", [2, 2]) == memoryview(b"abcd"), memoryview(b"abcd").cast("B", [2, 2]).tolist())
t(lambda: m < m)
t(lambda: m <= b"abc")
t(lambda: m > 1)
print(hash(m) == hash(b"abc"), hash(m[::-1]) == hash(b"cba"), hash(memoryview(b"xy").cast("c")) == hash(b"xy"))
t(lambda: hash(memoryview(bytearray(b"abc"))))
t(lambda: hash(memoryview(b"abcd").cast("H")))
t(lambda: hash(memoryview(bytearray(b"ab")).toreadonly()))
print({m: 1}[b"abc"], m.__eq__(1))
