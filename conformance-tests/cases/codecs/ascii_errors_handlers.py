# Every standard error handler on ASCII encoding and decoding.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = "aé日😀z"
for errors in ("strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace"):
    try:
        print(errors, s.encode("ascii", errors))
    except UnicodeEncodeError as e:
        print(errors, "->", e)
b = b"a\xe9\x80z"
for errors in ("strict", "ignore", "replace", "backslashreplace", "surrogateescape"):
    try:
        print(errors, ascii(b.decode("ascii", errors)))
    except UnicodeDecodeError as e:
        print(errors, "->", e)
