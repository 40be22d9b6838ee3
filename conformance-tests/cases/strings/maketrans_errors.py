# maketrans and translate errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: str.maketrans("ab", "x"))
t(lambda: str.maketrans({"ab": "x"}))
t(lambda: str.maketrans({1.5: "x"}))
t(lambda: str.maketrans(["a"]))
t(lambda: str.maketrans("a"))
t(lambda: str.maketrans("a", 1))
t(lambda: str.maketrans("a", "b", 1))
t(lambda: "abc".translate({97: 1.5}))
t(lambda: "abc".translate({97: 0x110000}))
t(lambda: "abc".translate({97: -1}))
t(lambda: "abc".translate(5))
