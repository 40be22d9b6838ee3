# isspace over every whitespace code point and near misses.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


spaces = [c for c in map(chr, range(0x3001)) if c.isspace()]
print([hex(ord(c)) for c in spaces])
for s in ("\u200b", "\ufeff", "\u180e", "\x1c\x1d\x1e\x1f", " \t\n", "", "a ", "\u3000"):
    print(repr(s), s.isspace())
