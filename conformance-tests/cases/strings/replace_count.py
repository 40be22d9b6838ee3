# str.replace with a count, empty old strings and overlapping matches.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = "aaaa"
for n in (-1, 0, 1, 2, 10):
    print(n, s.replace("a", "b", n), s.replace("aa", "x", n), s.replace("", "-", n))
print("".replace("", "x"), "".replace("", "x", 0), "abc".replace("", ""), "abc".replace("b", ""))
print("😀😀".replace("😀", "ab"), "ab".replace("", "😀"))
print("banana".replace("ana", "ANA"), "banana".replace("a", "a" * 2))
t(lambda: "a".replace("a"))
t(lambda: "a".replace(1, "b"))
t(lambda: "a".replace("a", "b", "c"))
t(lambda: "a".replace("a", "b", count=1))
