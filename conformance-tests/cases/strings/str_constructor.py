# str() of objects and of bytes with encoding and errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(str(), str(5), str(1.5), str([1, "a"]), str(None), str(b"ab"), str(bytearray(b"x")))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"caf\xe9", "latin-1"), str(b"a\xffb", "utf-8", "replace"), str(b"a\xffb", errors="ignore"))
print(str(object=1), str(encoding="ascii", object=b"ok"), str(bytearray(b"q"), "ascii"))
t(lambda: str(b"\xff", "utf-8"))
t(lambda: str("abc", "utf-8"))
t(lambda: str(1, "utf-8"))
t(lambda: str(b"a", "nope"))
t(lambda: str(b"a", "utf-8", "strict", 1))
t(lambda: str(x=1))
