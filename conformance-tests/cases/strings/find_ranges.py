# find and rfind with start and end, including negative and out-of-range bounds.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = "abcabcabc"
for args in [(0,), (1,), (-3,), (-100,), (100,), (0, 3), (1, 4), (1, -1), (-4, -1), (5, 2), (None, 4), (3, None)]:
    print(args, s.find("abc", *args), s.rfind("abc", *args), s.find("", *args), s.rfind("", *args))
print("".find(""), "".find("", 1), "abc".find("", 3), "abc".find("", 4), "abc".rfind("", 4))
print("a😀b😀".find("😀"), "a😀b😀".rfind("😀"), "a😀b😀".find("b", -2))
t(lambda: s.find(1))
t(lambda: s.find("a", "1"))
t(lambda: s.find())
