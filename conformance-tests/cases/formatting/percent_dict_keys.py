# Mapping keys in %-formatting, including nested parentheses.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


d = {"name": "Ada", "n": 3, "x": 2.5, "a(b)": "paren", "": "empty"}
print("%(name)s has %(n)03d items at %(x).2f" % d)
print("%(a(b))s|%()s|%(name)-6s|%(name)r|%(n)#x" % d)
print("%(name)s %(name)s" % d, "%%(name)s" % {}, "no fields" % {}, "%s" % {"k": 1})
t(lambda: "%(missing)s" % d)
t(lambda: "%(name)s %s" % d)
t(lambda: "%(name)s" % ("Ada",))
t(lambda: "%(name" % d)
class M:
    def __getitem__(self, key):
        return key.upper()
print("%(abc)s-%(xy)s" % M())
