# __format__, __str__ and __repr__ of user classes drive formatting.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] + "f") + "F"
        return format(self.c, spec) + "C"
    def __str__(self):
        return "Temp(%s)" % self.c
    def __repr__(self):
        return "Temp(c=%r)" % self.c
t1 = Temp(21.5)
print(format(t1, ".1F"), "{:.0}".format(t1), f"{t1:>8.2f}", f"{t1!s}", f"{t1!r}", "%s %r" % (t1, t1), str(t1), "{0} {0!r}".format(t1))
class NoFormat:
    pass
t(lambda: format(NoFormat(), "x"))
print(format(NoFormat(), "")[:10], "{}".format(NoFormat())[:10] == str(NoFormat())[:10])
