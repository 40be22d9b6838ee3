# center, ljust and rjust with fill characters.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for w in (-1, 0, 3, 4, 5, 8):
    print(w, repr("abc".center(w)), repr("abc".center(w, "*")), repr("abc".ljust(w, "-")), repr("abc".rjust(w, "😀")))
print(repr("ab".center(5, ".")), repr("abc".center(6, ".")), repr("a".center(4)), repr("".center(3, "x")))
t(lambda: "a".center(5, "ab"))
t(lambda: "a".center(5, ""))
t(lambda: "a".ljust("5"))
t(lambda: "a".rjust(5, 1))
t(lambda: "a".center())
