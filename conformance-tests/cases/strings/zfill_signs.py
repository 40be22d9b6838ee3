# zfill keeps a leading sign in front of the zeros.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for s in ("42", "-42", "+42", "--4", "", "-", "+", "abc", "3.14", "-0.5", "😀"):
    print(repr(s), repr(s.zfill(6)), repr(s.zfill(1)), repr(s.zfill(-3)))
t(lambda: "1".zfill("5"))
t(lambda: "1".zfill())
