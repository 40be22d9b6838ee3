# str.encode and bytes.decode with utf-8, ascii and latin-1 and every error handler.
def B(text):
    return text.encode("latin-1")


s = "naïve café 😀 \udcff end"
print("héllo wörld".encode(), "abc".encode("ascii"), "é".encode("latin-1"), "x".encode(encoding="utf8"))
print(s.encode("utf-8", "surrogateescape"), s.encode("utf-8", "replace"), s.encode("utf-8", "ignore"))
print(s.encode("ascii", "backslashreplace"), s.encode("ascii", "xmlcharrefreplace"), s.encode("latin-1", "replace"))
print("\ud800-\udfff".encode("utf-8", "surrogatepass"))
print(B("caf\xc3\xa9").decode(), B("caf\xc3\xa9").decode("latin-1"), B("abc").decode("ascii"))
bad = B("a\xffb\xe2\x82c\xf0\x9f\x98")
print(bad.decode("utf-8", "replace"), bad.decode("utf-8", "ignore"), bad.decode("utf-8", "backslashreplace"))
print(repr(bad.decode("utf-8", "surrogateescape")), bad.decode("ascii", "replace"), bytearray(B("\xe9t\xe9")).decode("latin1"))
print(repr(B("\xed\xa0\x80").decode("utf-8", "surrogatepass")), B("\xf0\x9f\x98\x80").decode())
print("".encode(), B("").decode(), "A".encode("US-ASCII"), "é".encode("ISO-8859-1"))
