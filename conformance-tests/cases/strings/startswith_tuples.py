# startswith and endswith with tuples and ranges.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = "filename.tar.gz"
print(s.startswith(("x", "file")), s.endswith((".zip", ".gz")), s.endswith(()), s.startswith(("",)))
print(s.startswith("name", 4), s.startswith("name", 4, 6), s.endswith("tar", 0, -3), s.endswith(".gz", -3))
print(s.startswith("", 15), s.startswith("", 16), s.endswith("", 5, 3), "".startswith(""), "".endswith("", 1))
print("😀ab".startswith("😀"), "😀ab".endswith("b", 1, 3))
t(lambda: s.startswith(["file"]))
t(lambda: s.endswith(1))
t(lambda: s.startswith(("a", 1)))
t(lambda: s.endswith(("a", None)))
t(lambda: s.startswith())
