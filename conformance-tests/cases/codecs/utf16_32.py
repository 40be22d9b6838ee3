# UTF-16 and UTF-32, with byte order marks and surrogate pairs.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for s in ("", "A", "é", "😀", "a😀b"):
    print(repr(s), s.encode("utf-16"), s.encode("utf-16-le"), s.encode("utf-16-be"), s.encode("utf-32-le"), s.encode("utf-32-be"), len(s.encode("utf-32")))
print(b"\xff\xfeA\x00".decode("utf-16"), b"\xfe\xff\x00A".decode("utf-16"), b"A\x00".decode("utf-16"), b"=\xd8\x00\xde".decode("utf-16-le"))
print(b"\xff\xfe\x00\x00A\x00\x00\x00".decode("utf-32"), b"\x00\x00\x00A".decode("utf-32-be"))
for data, enc in ((b"A", "utf-16-le"), (b"\x00\xd8", "utf-16-le"), (b"\x00\xdcA\x00", "utf-16-le"), (b"A\x00\x00", "utf-32-le"), (b"\x00\x00\x11\x00", "utf-32-le")):
    try:
        print(data.decode(enc))
    except UnicodeDecodeError as e:
        print(enc, "|", e, "|", e.start, e.end, e.reason)
    print("  ", ascii(data.decode(enc, "replace")), ascii(data.decode(enc, "ignore")))
