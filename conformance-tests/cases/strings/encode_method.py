# str.encode with encodings, errors and keywords.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = "Grüße 😀"
print(s.encode(), s.encode("utf-8"), s.encode(encoding="latin-1", errors="replace"), s.encode("ascii", "ignore"))
print(s.encode("ascii", "backslashreplace"), s.encode("ascii", "xmlcharrefreplace"))
print("".encode(), "abc".encode("ascii"), type("x".encode()).__name__)
t(lambda: s.encode("ascii"))
t(lambda: s.encode(1))
t(lambda: s.encode("utf-8", 1))
t(lambda: s.encode("no-such-codec"))
t(lambda: s.encode("ascii", "no-such-handler"))
