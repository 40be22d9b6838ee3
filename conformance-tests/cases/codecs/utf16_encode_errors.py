# UTF-16 and UTF-32 encoders reject lone surrogates; handlers write their replacement in the codec's own units.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = "a\ud800b"
for enc in ("utf-16-le", "utf-16-be", "utf-32-le", "utf-16"):
    for errors in ("strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogatepass"):
        try:
            print(enc, errors, s.encode(enc, errors))
        except UnicodeEncodeError as e:
            print(enc, errors, "->", e, e.start, e.end)
