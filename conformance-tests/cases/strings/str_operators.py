# Concatenation, repetition, membership and comparison errors of str.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print("ab" + "cd", "ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, "a" in "abc", "" in "abc", "abc" < "abd", "B" < "a", "é" > "z")
t(lambda: "a" + 1)
t(lambda: 1 + "a")
t(lambda: "a" * "b")
t(lambda: "a" * 1.5)
t(lambda: 1 in "abc")
t(lambda: "a" < 1)
t(lambda: "a" - "b")
t(lambda: -"a")
def assign():
    s = "abc"
    s[0] = "x"
t(assign)
def delete():
    s = "abc"
    del s[0]
t(delete)
