# The !r, !s and !a conversions in str.format and f-strings.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


v = "é'"
print("{0!r}|{0!s}|{0!a}|{0!r:>10}|{0!s:^7}|".format(v), "{!r}".format(1.5), "{!a}".format(["ü"]))
print(f"{v!r}|{v!s}|{v!a}|{v!r:*<10}")
t(lambda: "{!x}".format(1))
t(lambda: "{!rr}".format(1))
t(lambda: "{0!}".format(1))
t(lambda: "{!r:d}".format(1))
class C:
    def __repr__(self):
        return "C()"
    def __format__(self, spec):
        return "fmt:" + spec
print("{}|{!r}|{!s}|{:x}".format(C(), C(), C() if False else 1, C()))
