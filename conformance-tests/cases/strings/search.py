# find/rfind/index/rindex/count/startswith/endswith, with start and end (code point indices).
s = "abcabcabc😀abc"
for sub in ["", "a", "bc", "😀", "abc", "x"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), s.find(sub, 4), s.rfind(sub, 0, 8),
          s.count(sub, -5), s.find(sub, 100), s.count(sub, 3, 3))
print(s.index("😀"), s.rindex("c"), s.index("a", -3))
print(s.startswith("abc"), s.startswith("bc", 1), s.startswith(("x", "ab")), s.endswith("abc", 0, 9))
print(s.endswith(("😀", "c")), s.startswith("", 13), s.startswith("", 14), s.endswith("c", -1, None))
print("mississippi".count("ss"), "mississippi".count("i", 1, -1), "aaaa".count("aa"))
