# bytes % values: %r and %a give the ASCII repr of any object.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(b"%r|%a|%r|%a|%10r|" % ("é", "é", b"b", [1, "ü"], 1.5))
class C:
    def __repr__(self):
        return "C\u00fc"
print(b"%r %a" % (C(), C()), b"%.3r" % "abcdef", b"%-8a|" % None)
