# Repetition of empty strings and of long strings.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(len("" * 10**9), len("ab" * 5000), ("-" * 3).join("ab"), "x" * True, "x" * False == "")
t(lambda: "a" * (2**63))
t(lambda: "a" * 10**100)
print(len("abc" * 0), ("é" * 3).encode())
