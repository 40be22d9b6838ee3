# Equal strings hash equally; str compares only with str.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


a = "hello"
b = "".join(["hel", "lo"])
print(a == b, hash(a) == hash(b), a is not None, "é" == "e\u0301", "é" == "\xe9")
print("a" == b"a", "1" == 1, "a" != "A", {"x": 1}["".join("x")], "😀" == "\U0001F600")
print(len({"a", "a", "b"}), sorted({"b": 1, "a": 2}))
