# Calling str methods through the type and via map.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(list(map(str.upper, ["a", "b"])), list(map(str.strip, [" a ", "b "])), sorted(["b", "A", "c"], key=str.lower))
print(str.join("-", "abc"), str.split("a b"), str.replace("aa", "a", "b"), str.count("aaa", "a"))
t(lambda: str.upper(b"x"))
