# str.rsplit splits from the right; maxsplit counts from the end.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = "a,b,,c,d,"
for n in (-1, 0, 1, 2, 3, 10):
    print(n, s.rsplit(",", n))
print("  a  b  c  ".rsplit(None, 1), "  a  b  c  ".rsplit(maxsplit=2), "  a  b  c  ".rsplit(maxsplit=0))
print("aaa".rsplit("aa"), "aaaa".rsplit("aa", 1), "abab".rsplit("ab"))
t(lambda: "ab".rsplit(""))
t(lambda: "ab".rsplit(None, None))
