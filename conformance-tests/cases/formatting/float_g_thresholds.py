# Where g switches to exponent notation, with and without #.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for v in (1e-5, 1e-4, 0.00012345, 123456.0, 1234567.0, 1e15, 1e16, 1e17, 9.9999995e5, 0.5, 100.0):
    print(repr(v), format(v, "g"), format(v, ".3g"), format(v, "#g"), format(v, "#.3g"), format(v, ""), format(v, ".3"), str(v), "%g" % v, "%#.2g" % v)
