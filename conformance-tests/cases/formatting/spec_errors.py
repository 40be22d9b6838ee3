# Unknown format codes and other invalid specs name the type.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for v, spec in [(1.5, "x"), (1.5, "d"), (1.5, "c"), (1.5, "b"), (1.5, "s"), (1, "s"), (1, "q"), ("a", "d"), ("a", "f"), (1j, "d"), (1j, "x"), (True, "s"), (None, "d"), ([], "d")]:
    try:
        print(format(v, spec))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: format(1, "10.2.3"))
t(lambda: format(1.5, ".f"))
t(lambda: format(1.5, "10x2"))
t(lambda: format("a", ".-1"))
t(lambda: format(1, "99999999999999999999"))
t(lambda: format(1.5, ".99999999999999999999f"))
t(lambda: "{:d}".format("a"))
t(lambda: f"{1.5:x}")
t(lambda: format(object(), "x"))
