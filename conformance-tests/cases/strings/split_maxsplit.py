# str.split with an explicit separator and every maxsplit.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = "a,b,,c,d,"
for n in (-1, 0, 1, 2, 3, 10):
    print(n, s.split(",", n), s.split(",", maxsplit=n))
print("aaa".split("a"), "aaa".split("aa"), "abcabc".split("bc"))
print("x".split("x"), "".split("x"), "xyz".split("xyz", 0))
t(lambda: "a b".split(""))
t(lambda: "a b".split(1))
t(lambda: "a b".split(",", "1"))
t(lambda: "a b".split(sep=",", maxsplit=1, x=2))
