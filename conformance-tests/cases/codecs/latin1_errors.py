# Latin-1 maps bytes 0-255 to code points 0-255; larger code points fail.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(bytes(range(256)).decode("latin-1") == "".join(map(chr, range(256))), "ÿ".encode("latin-1"), "\x00\x80".encode("latin1"))
s = "café Ā😀"
for errors in ("strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"):
    try:
        print(errors, s.encode("latin-1", errors))
    except UnicodeEncodeError as e:
        print(errors, "->", e, e.start, e.end)
