# %s %r %a with width, precision and flags.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for v in ("abc", "é😀", "", 'q"\'', None, [1, "x"], 3.5):
    print("%s|%10s|%-10s|%.2s|%5.1s|%r|%12r|%.3r|%a|%-8a|" % ((v,) * 10))
print("%s" % "only", "%s" % ("tuple",), "%s" % (("nested",),), "%-3s%3s" % ("a", "b"))
print("%s" % {"k": 1}, "%r" % {"k": "v"}, "%(k)s" % {"k": "v"})
