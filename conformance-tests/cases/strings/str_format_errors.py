# Common str method argument errors and their messages.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: "a".upper(1))
t(lambda: "a".lower(x=1))
t(lambda: "a".find("a", 1, 2, 3))
t(lambda: "a".join(["a"], ["b"]))
t(lambda: str.upper(1))
t(lambda: str.upper())
t(lambda: "a".split(maxsplit=1.5))
t(lambda: "a".center(2.5))
t(lambda: "a".startswith("a", "b"))
t(lambda: "abc".nosuch)
t(lambda: str.join(",", ["a"], 1))
