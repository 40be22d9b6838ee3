# CPython's messages for argument and format errors of str methods and formatting.
def attempt(label, f, a, b):
    try:
        print(label, repr(f(a, b)))
    except (TypeError, ValueError, IndexError, KeyError, OverflowError) as e:
        print(label, type(e).__name__, e)

def fmt(a, b):
    return format(a, b)

def pct(a, b):
    return a % b

def meth_find(a, b):
    return a.find(b)

def meth_center(a, b):
    return a.center(5, b)

def meth_format(a, b):
    if len(b) == 0:
        return a.format()
    if len(b) == 1:
        return a.format(b[0])
    return a.format(b[0], b[1])

for spec in ["d", "+", "#", "=", ",s", ",_", ".", "xx", "z"]:
    attempt("str " + spec, fmt, "ab", spec)
for spec in [".2", "+c", "#c", "z", ",c", ",x", "_x", "\x01"]:
    attempt("int " + repr(spec), fmt, 5, spec)
attempt("float d", fmt, 1.5, "d")
attempt("None s", fmt, None, "s")
attempt("list x", fmt, [1], "x")
attempt("c range", fmt, -1, "c")
for f, a in [("%s %s", ("one",)), ("%s", (1, 2)), ("%d", "x"), ("%x", 1.5), ("%y", 1), ("%(k)s", 1),
             ("%c", "ab"), ("%f", "x"), ("%*d", ("w", 1)), ("abc%", 1), ("%(k", {})]:
    attempt(repr(f), pct, f, a)
attempt("find int", meth_find, "abc", 1)
attempt("center fill", meth_center, "abc", "ab")
attempt("center type", meth_center, "abc", 1)
for template, args in [("{0} {}", (1, 2)), ("{} {0}", (1, 2)), ("{2}", (1,)), ("{x}", ()), ("{", ()),
                       ("}", ()), ("{0!x}", (1,)), ("{0[5]}", ([1],)), ("{0:{1}}", (1, "q"))]:
    attempt(repr(template), meth_format, template, args)
