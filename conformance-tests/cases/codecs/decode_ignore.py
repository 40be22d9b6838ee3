# ignore drops the bad bytes or characters and keeps going.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print("aé日😀z".encode("ascii", "ignore"), "aé日😀z".encode("latin-1", "ignore"))
for b in (b"a\xffb", b"\xe6\x97a", b"\xf0\x9f\x98", b"\x80\x80\x80", b"ok"):
    print(b, repr(b.decode("utf-8", "ignore")), repr(b.decode("ascii", "ignore")))
