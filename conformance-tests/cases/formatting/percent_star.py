# * takes the width or precision from the argument tuple.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print("%*d|%-*d|%*s|%.*s|%*.*f|%-*.*e|" % (5, 42, 5, 42, -6, "ab", 2, "abcdef", 10, 3, 3.14159, 12, 2, 31415.9))
print("%*d|" % (-4, 7), "%.*f" % (0, 2.5), "%*c|" % (3, "x"), "%0*d" % (6, -42))
t(lambda: "%*d" % ("5", 1))
t(lambda: "%.*f" % (1.5, 1.0))
t(lambda: "%*d" % (5,))
t(lambda: "%(a)*d" % {"a": 1})
