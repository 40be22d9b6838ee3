# surrogateescape smuggles undecodable bytes through str and back.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


raw = b"name-\xff\xfe-\xc3\xa9"
s = raw.decode("utf-8", "surrogateescape")
print(ascii(s), len(s), s.encode("utf-8", "surrogateescape") == raw, s.encode("utf-8", "surrogateescape"))
print(ascii(b"\x80abc".decode("ascii", "surrogateescape")), "\udc80abc".encode("ascii", "surrogateescape"), "\udcff".encode("latin-1", "surrogateescape"))
for text, enc in (("\udc41", "ascii"), ("\udc7f", "utf-8"), ("\ud800", "utf-8"), ("é", "ascii")):
    try:
        print(text.encode(enc, "surrogateescape"))
    except UnicodeEncodeError as e:
        print(type(e).__name__, e)
