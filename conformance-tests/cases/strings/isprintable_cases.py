# isprintable: letters, marks, punctuation and the space are printable; others are not.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for s in ("abc", "", " ", "\t", "\n", "\x7f", "\xa0", "\xad", "é", "\u200b", "\u2028", "\ufeff", "😀", "\U000e0001", "\ud800", "\u3000", "\u0378", "a\u0301", "\U0001f1e6"):
    print(repr(s), s.isprintable())
