# What counts as a mapping on the right of %.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print("%(0)s" % {"0": "str key"}, "%s" % [1, 2], "%s" % (1,), "%s %s" % (1, 2), "%(x)s %%" % {"x": 1})
print("no conv" % {"unused": 1}, "no conv" % [], "%s" % ({"a": 1},), "%(a)s" % {"a": {"nested": 1}})
t(lambda: "%s" % {"a": 1} if False else "%s %s" % {"a": 1})
t(lambda: "%(a)s" % [1])
t(lambda: "%(a)s" % "str")
t(lambda: "no conv" % "x")
t(lambda: "no conv" % 1)
t(lambda: "no conv" % (1,))
print("%s" % "x", "%s" % b"bytes", "%s" % None, "%r" % ((1, 2),))
