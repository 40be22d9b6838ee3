# Mixing str and bytes fails with CPython's messages; explicit codecs bridge them.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for call in (lambda: "a" + b"b", lambda: b"a" + "b", lambda: "abc".find(b"a"), lambda: b"abc".find("a"), lambda: "a".join([b"b"]), lambda: b"a".join(["b"]), lambda: "x".startswith(b"x"), lambda: b"x".startswith("x"), lambda: "%s" % b"x", lambda: "a" == b"a"):
    try:
        print(repr(call()))
    except TypeError as e:
        print(type(e).__name__, e)
print("é".encode() + b"!", (b"caf" + "é".encode()).decode(), str(b"ab", "ascii") + "c")
