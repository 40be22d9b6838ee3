# Every is-method on the empty string and on mixed strings.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


methods = ["isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier", "islower", "isnumeric", "isprintable", "isspace", "istitle", "isupper"]
for s in ("", "a", "A1", " ", "\t", "٣", "Ⅷ", "ǅ", "a b", "_x1", "\x00", "ÿ"):
    print(repr(s), [m for m in methods if getattr(s, m)()])
