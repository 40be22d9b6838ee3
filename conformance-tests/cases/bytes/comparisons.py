# bytes and bytearray compare with each other by content, never with str.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(b"a" == bytearray(b"a"), b"a" < b"b", b"ab" < b"b", b"" < b"\x00", bytearray(b"x") >= b"x", b"a" != "a", b"\xff" > b"\x7f")
print(b"abc" == b"abc", sorted([b"b", b"a", b"ab"]), max(bytearray(b"q"), b"r"))
t(lambda: b"a" < "a")
t(lambda: bytearray(b"a") < 1)
t(lambda: b"a" <= None)
print(b"a" == 97, hash(b"abc") == hash(b"abc"))
t(lambda: hash(bytearray(b"a")))
