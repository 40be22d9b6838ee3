# Errors of %-formatting: types, counts and bad conversions.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: "%d" % "x")
t(lambda: "%x" % 1.5)
t(lambda: "%o" % "8")
t(lambda: "%f" % "x")
t(lambda: "%e" % None)
t(lambda: "%d %d" % (1,))
t(lambda: "%d" % (1, 2))
t(lambda: "%s" % ())
t(lambda: "%" % 1)
t(lambda: "%y" % 1)
t(lambda: "abc %" % ())
t(lambda: "%q %s" % (1, 2))
t(lambda: "no format" % 5)
t(lambda: "%d" % [])
t(lambda: "%i" % 2j)
t(lambda: "%.*d" % (10**20, 1))
print("%s" % [], "no format" % [], "no format" % {}, "%%" % ())
