# str.join over iterables and its errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(",".join(["a", "b"]), ",".join(("x",)), ",".join(iter("abc")), ",".join({"k": 1}), "".join(map(str, range(5))))
print("😀".join("ab"), "-".join(c for c in "xyz"), ",".join([]))
t(lambda: ",".join(["a", 1]))
t(lambda: ",".join([b"a"]))
t(lambda: ",".join(["a", "b", None]))
t(lambda: ",".join(5))
t(lambda: ",".join())
