# Iterating a string yields one-character strings; reversed and enumerate work by code point.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = "a😀é"
print(list(s), list(reversed(s)), list(enumerate(s)), [c * 2 for c in s], tuple(s), set("aab") == {"a", "b"})
it = iter(s)
print(next(it), next(it), next(it), next(it, "done"))
print(sorted("hello"), "".join(sorted("hello", reverse=True)), max("abc"), min("abc"))
print(dict.fromkeys("ab"), list(zip("ab", "xyz")), any("abc"), all(""))
