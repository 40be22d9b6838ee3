# split() with no separator uses Unicode whitespace and drops empty strings.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = " a\tb\nc\x0bd\x0ce\rf\x1cg\x1dh\x1ei\x1fj\x85k\xa0l\u1680m\u2000n\u200ao\u2028p\u2029q\u202fr\u205fs\u3000t "
print(s.split())
print(len(s.split()), s.split(None, 3), s.rsplit(None, 3))
print("\u200b".split(), "a\u200bb".split())
print("   ".split(), "   ".split(" "), "  x  ".split(None, 0), "  x  ".rsplit(None, 0))
print("a  b".split(" "), "a\tb".split(" "))
