# title, capitalize and swapcase on ASCII and non-ASCII text.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for s in ("hello world", "HELLO wORLD", "they're bill's", "élan vital", "ÉCOLE", "ǆemal", "ŉ test", "a1b2 c3", "ΣΊΣΥΦΟΣ", "ßa", "ǳ ǲ Ǳ", "123abc", "", "😀a"):
    print(repr(s), repr(s.title()), repr(s.capitalize()), repr(s.swapcase()), s.istitle())
