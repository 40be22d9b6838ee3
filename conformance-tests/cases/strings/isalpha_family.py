# isalpha, isalnum, islower, isupper on Unicode letters.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for s in ("abc", "é", "Σ", "日本", "ǅ", "ʰ", "ª", "ⅰ", "ⓐ", "Ⓐ", "ß", "a1", "a b", "", "𝔸", "ﬁ", "ᾼ", "Ⅻ", "_"):
    print(repr(s), s.isalpha(), s.isalnum(), s.islower(), s.isupper(), s.isascii())
