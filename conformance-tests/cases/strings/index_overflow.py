# Huge and odd indices on strings.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = "abc"
t(lambda: s[10**20])
t(lambda: s[-10**20])
print(s[10**20:], s[-10**20:], s[:10**20], s[::10**20], s[::-10**20])
t(lambda: s[1:2:0])
t(lambda: s.find("a", 10**20))
print(s.find("a", -10**20), s.count("", 10**20), s.startswith("a", -10**20))
t(lambda: s.center(10**20))
t(lambda: s * 10**20)
