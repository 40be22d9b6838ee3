# Composed and decomposed characters are distinct code point sequences.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


a = "\u00e9"
b = "e\u0301"
print(a == b, len(a), len(b), a.upper(), b.upper(), len(b.upper()), b.isalpha(), b.isprintable(), "\u0301".isalpha())
print([hex(ord(c)) for c in "Å".lower()], "ﬀ".upper(), len("ﬀ".upper()), "ᾳ".upper(), "ᾳ".title(), "ᾳ".casefold())
print("\u0345".upper(), "ꭰ".upper(), "ꭰ".casefold(), "Ꭰ".lower(), "Ꭰ".casefold())
