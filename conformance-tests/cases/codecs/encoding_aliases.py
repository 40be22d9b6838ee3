# Encoding names are normalized: case, hyphens, underscores and common aliases.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = "é"
for name in ("utf-8", "UTF-8", "utf8", "UTF8", "utf_8", "U8", "Utf-8", "latin-1", "latin1", "LATIN-1", "iso-8859-1", "ISO8859-1", "iso_8859_1", "l1", "cp819", "8859", "ascii", "ASCII", "us-ascii", "646", "utf-16", "utf-32", "UTF-16LE", "utf_16_be", "utf-32-le", "UTF32BE"):
    try:
        print(name, s.encode(name), s.encode(name).decode(name) == s)
    except (LookupError, UnicodeError) as e:
        print(name, type(e).__name__, e)
for name in ("utf-9", "latin-2x", "", " utf-8", "utf 8"):
    try:
        print(repr(name), "x".encode(name))
    except LookupError as e:
        print(repr(name), type(e).__name__, e)
