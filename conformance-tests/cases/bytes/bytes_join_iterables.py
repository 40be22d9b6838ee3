# bytes.join over different iterables and its errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(b", ".join([b"a", b"b"]), b"".join(iter([b"x", bytearray(b"y")])), b"-".join(b"%d" % i for i in range(3)), b"+".join(()), bytearray(b"|").join([b"p"]))
t(lambda: b"".join([b"a", 1]))
t(lambda: b"".join(["a"]))
t(lambda: b"".join(5))
t(lambda: b"".join([None]))
t(lambda: bytearray().join([b"a", "b"]))
