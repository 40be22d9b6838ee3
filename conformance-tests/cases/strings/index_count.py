# index/rindex raise ValueError; count with ranges.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = "hello world"
print(s.index("o"), s.rindex("o"), s.index("o", 5), s.rindex("o", 0, 6), s.index("", 11))
for f in (lambda: s.index("z"), lambda: s.rindex("z"), lambda: s.index("o", 8), lambda: s.index("", 12)):
    t(f)
print(s.count("o"), s.count("l", 3), s.count("l", -2), s.count("l", 0, -8), s.count(""), s.count("", 3, 5), s.count("", 20))
print("aaaa".count("aa"), "".count(""), "abc".count("abc", 1), "😀😀😀".count("😀", 1))
t(lambda: s.count(None))
t(lambda: s.count("a", 1, 2, 3))
