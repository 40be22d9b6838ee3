# The in operator on strings is substring search.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for needle in ("", "a", "ab", "abc", "abcd", "ca", "😀", "b😀"):
    print(repr(needle), needle in "abc😀", needle not in "b😀c")
t(lambda: None in "abc")
t(lambda: b"a" in "abc")
t(lambda: ["a"] in "abc")
