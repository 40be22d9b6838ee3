# backslashreplace uses \\x, \\u or \\U escapes when encoding and \\x when decoding.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for s in ("é", "\u0100", "日", "😀", "\ud800", "abc"):
    print(repr(s), s.encode("ascii", "backslashreplace"), s.encode("latin-1", "backslashreplace"))
for b in (b"\xff", b"a\x80b", b"\xc3", b"\xe6\x97"):
    print(b, b.decode("utf-8", "backslashreplace"), b.decode("ascii", "backslashreplace"))
