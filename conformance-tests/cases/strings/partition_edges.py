# partition and rpartition, with separators at the edges and errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for s in ("a=b", "=b", "a=", "=", "", "a=b=c", "abc"):
    print(repr(s), s.partition("="), s.rpartition("="))
print("a::b::c".partition("::"), "a::b::c".rpartition("::"))
print("😀x😀".partition("x"), "😀x😀".rpartition("😀"))
t(lambda: "abc".partition(""))
t(lambda: "abc".rpartition(""))
t(lambda: "abc".partition(None))
t(lambda: "abc".partition(b"a"))
