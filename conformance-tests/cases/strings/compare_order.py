# String comparison is by code point, including astral and combining characters.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


words = ["b", "a", "B", "ä", "z", "é", "😀", "\uffff", "ab", "a b", "", "A", "\U00010000", "e\u0301"]
print(sorted(words))
print(sorted(words, key=str.casefold))
print(sorted(words, key=len), min(words), max(words))
print("abc" < "abd", "ab" < "abc", "Z" < "a", "\uffff" < "\U00010000", "é" < "z", [w for w in words if "a" <= w < "c"])
