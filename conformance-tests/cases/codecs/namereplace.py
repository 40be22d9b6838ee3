# namereplace writes \\N{NAME} for named characters, escapes for unnamed ones.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for s in ("é", "€", "日", "가", "힣", "😀", "\u0378", "\ue000", "ǅ", "\u2028", "\x85", "\U0001f1e6", "ﬁ"):
    print(repr(s), s.encode("ascii", "namereplace"), s.encode("latin-1", "namereplace"))
