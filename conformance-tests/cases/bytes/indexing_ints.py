# Indexing bytes gives ints; slicing gives bytes of the same type.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


b = b"hello"
ba = bytearray(b"world")
print(b[0], b[-1], ba[1], ba[-2], b[1:3], ba[1:3], b[::-1], ba[::2], b[5:], type(ba[:0]).__name__, list(b), [x for x in ba])
print(b[True], b[1:100], b[-100:2], 104 in b, b"ll" in b, bytearray(b"l") in b, 300 in b if False else "", b"" in b)
t(lambda: b[5])
t(lambda: ba[-6])
t(lambda: b["0"])
t(lambda: 300 in b)
t(lambda: "h" in b)
t(lambda: b[::0])
