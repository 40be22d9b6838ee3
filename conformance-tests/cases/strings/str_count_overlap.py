# count and find with overlapping patterns and long texts.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = "ab" * 1000 + "abc"
print(s.count("ab"), s.count("ba"), s.count("abc"), s.find("abc"), s.rfind("ab"), s.count("b", -5), s.find("ca"))
print("aaaaa".count("aaa"), "aaaaa".find("aaa", 1), "aaaaa".rfind("aaa"), "mississippi".count("ss"), "mississippi".count("issi"))
print("abcabc".replace("abc", "", 1) + "|" + "x" * 3, ("😀a" * 50).count("a😀"))
