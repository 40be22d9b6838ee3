# Lone surrogates cannot be encoded to UTF-8 without an error handler.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = "a\ud800b\udfffc"
for errors in ("ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogatepass", "surrogateescape"):
    try:
        print(errors, s.encode("utf-8", errors))
    except UnicodeEncodeError as e:
        print(errors, "->", type(e).__name__, e)
try:
    s.encode("utf-8")
except UnicodeEncodeError as e:
    print(e, e.start, e.end, e.reason, e.encoding, repr(e.object))
