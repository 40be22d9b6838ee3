# replace inserts ? when encoding and U+FFFD when decoding, once per failing unit.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print("é日😀".encode("ascii", "replace"), "é日😀".encode("latin-1", "replace"))
for b in (b"\xff\xff", b"\xe6\x97", b"\xe6\x97\xe6", b"\xf0\x9f\x98\x80\xf0", b"\xed\xa0\x80", b"\xc0\xaf", b"a\x80\x80b"):
    out = b.decode("utf-8", "replace")
    print(b, len(out), ascii(out), ascii(b.decode("ascii", "replace")))
