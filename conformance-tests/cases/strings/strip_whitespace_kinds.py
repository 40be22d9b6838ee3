# strip() without arguments removes Unicode whitespace; with arguments only those characters.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for s in ("\t\n hi \r\x0b\x0c", "\x1c\x1d\x1e\x1fhi\x85", "\xa0hi\u3000", "\u200bhi\u200b", "\ufeffhi"):
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip(" ")))
