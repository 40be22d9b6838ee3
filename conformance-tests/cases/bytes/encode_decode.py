# str.encode and bytes.decode with utf-8, ascii and latin-1 and every error handler.
s = "naïve café 😀 \udcff end"
print("héllo wörld".encode(), "abc".encode("ascii"), "é".encode("latin-1"), "x".encode(encoding="utf8"))
print(s.encode("utf-8", "surrogateescape"), s.encode("utf-8", "replace"), s.encode("utf-8", "ignore"))
print(s.encode("ascii", "backslashreplace"), s.encode("ascii", "xmlcharrefreplace"), s.encode("latin-1", "replace"))
print("\ud800\udfff".encode("utf-8", "surrogatepass"))
print(b"caf\xc3\xa9".decode(), b"caf\xc3\xa9".decode("latin-1"), b"abc".decode("ascii"))
bad = b"a\xffb\xe2\x82c\xf0\x9f\x98"
print(bad.decode("utf-8", "replace"), bad.decode("utf-8", "ignore"), bad.decode("utf-8", "backslashreplace"))
print(repr(bad.decode("utf-8", "surrogateescape")), bad.decode("ascii", "replace"), bytearray(b"\xe9t\xe9").decode("latin1"))
print(repr(b"\xed\xa0\x80".decode("utf-8", "surrogatepass")), b"\xf0\x9f\x98\x80".decode())
print("".encode(), b"".decode(), "A".encode("US-ASCII"), "é".encode("ISO-8859-1"))
