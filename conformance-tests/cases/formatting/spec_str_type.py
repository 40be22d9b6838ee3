# The s type, precision truncation and width on strings.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for spec in ("", "s", "10", "<10s", ".2", ".0", "10.3", "^9.1s", "*>5.2", ".10"):
    print(repr(spec), repr(format("hello", spec)), repr(format("😀é", spec)), repr(format("", spec)))
print(repr(format("hello", "")), repr("{:.3}".format("abcdef")), repr(f"{'abc':.1}"))
