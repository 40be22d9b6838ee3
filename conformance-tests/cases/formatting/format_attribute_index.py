# Attribute and index lookups inside format fields.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class P:
    x = 3
    y = [10, 20]
    d = {"k": "v", "1": "str-one"}
print("{0.x} {0.y[1]} {0.d[k]} {0.d[k]}".format(P()), "{p.y[0]}".format(p=P()))
print("{0[0]}{0[2]}".format("abc"), "{0[1]}".format(["a", "b"]), "{0[-1]}".format({"-1": "str"}))
print("{a[x][0]}".format(a={"x": [5]}), "{0.real}/{0.imag}".format(3 + 4j), "{.__class__.__name__}".format(1))
t(lambda: "{0.nope}".format(P()))
t(lambda: "{0[5]}".format([1]))
t(lambda: "{0[k]}".format({}))
t(lambda: "{0[}".format([1]))
t(lambda: "{0.}".format(1))
t(lambda: "{0[0]x}".format([1]))
t(lambda: "{0[0]".format([1]))
t(lambda: "{0.x.y}".format(P()))
