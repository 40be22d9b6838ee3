# removeprefix and removesuffix.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for s in ("prefix-body-suffix", "prefix", "", "suffix"):
    print(repr(s.removeprefix("prefix")), repr(s.removesuffix("suffix")), repr(s.removeprefix("")), repr(s.removesuffix("")))
print("😀x😀".removeprefix("😀"), "😀x😀".removesuffix("😀"))
t(lambda: "a".removeprefix(1))
t(lambda: "a".removesuffix(("a",)))
t(lambda: "a".removeprefix())
