# The format() builtin and __format__ of built-in types.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(format(5), format("x"), format(1.5), format(None), format([1]), format(True), format(False, "d"), format(True, "^6"), format(2j))
print(format(object(), "")[:8])
t(lambda: format(None, "x"))
t(lambda: format([1], "5"))
t(lambda: format(object(), "s"))
t(lambda: format(1, 2))
t(lambda: format())
class C:
    def __format__(self, spec):
        return 5
t(lambda: format(C()))
t(lambda: "{}".format(C()))
t(lambda: f"{C()}")
class D:
    def __format__(self, spec):
        return "D[" + spec + "]"
print(format(D(), "xyz"), "{:abc}".format(D()), f"{D():{1+1}}", "{!s:>3}".format(D()) if False else "")
