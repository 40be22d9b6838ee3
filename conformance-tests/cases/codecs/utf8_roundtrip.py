# UTF-8 encodes every code point in one to four bytes and decodes back.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for s in ("", "A", "\x7f", "\x80", "é", "\u07ff", "\u0800", "日", "\uffff", "\U00010000", "😀", "\U0010ffff", "mixed é😀!"):
    b = s.encode("utf-8")
    print(repr(s), b, len(b), b.decode("utf-8") == s, b.hex(" "))
