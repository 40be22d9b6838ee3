# Which str methods accept keyword arguments, and the messages for those that do not.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print("a,b,c".split(sep=",", maxsplit=1), "a,b,c".rsplit(sep=","), "x\ny".splitlines(keepends=True), "a\tb".expandtabs(tabsize=2))
print("abc".encode(encoding="ascii"), "ab".center(4), "{a}".format(a=1))
t(lambda: "abc".strip(chars="a"))
t(lambda: "abc".find(sub="a"))
t(lambda: "abc".replace(old="a", new="b"))
t(lambda: "abc".startswith(prefix="a"))
t(lambda: "abc".center(width=5))
t(lambda: "abc".join(iterable=[]))
t(lambda: "abc".count(x="a"))
t(lambda: "abc".split(maxsplit=1, sep=None, extra=1))
t(lambda: "abc".splitlines(True, keepends=True))
t(lambda: "abc".split(",", sep=","))
