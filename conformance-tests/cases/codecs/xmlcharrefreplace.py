# xmlcharrefreplace writes decimal character references; it only works for encoding.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for s in ("é", "日本", "😀", "a\u0100b", "\U0010ffff"):
    print(s.encode("ascii", "xmlcharrefreplace"), s.encode("latin-1", "xmlcharrefreplace"))
try:
    b"\xff".decode("ascii", "xmlcharrefreplace")
except TypeError as e:
    print(type(e).__name__, e)
