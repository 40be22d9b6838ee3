# strip, lstrip and rstrip with explicit character sets.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = "xxhixyx"
print(s.strip("x"), s.lstrip("x"), s.rstrip("x"), s.strip("xy"), s.strip(""), s.strip(None))
print("\u3000 hi \x85".strip(), "\u200bhi\u200b".strip())
print("abcba".strip("ab"), "aaaa".strip("a"), "".strip("a"), "😀a😀".strip("😀"))
print("www.example.com".strip("cmowz."), "  spaces  ".lstrip(), "  spaces  ".rstrip())
t(lambda: "a".strip(1))
t(lambda: "a".lstrip(b"a"))
t(lambda: "a".rstrip("a", "b"))
