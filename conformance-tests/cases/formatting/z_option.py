# The z option (new in 3.11) turns negative zero into zero after rounding.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for v in (-0.0, 0.0, -0.0001, -0.5, -1e-10, 0.0001, -1.5):
    print(repr(v), format(v, "z.2f"), format(v, ".2f"), format(v, "z"), format(v, "z.0f"), format(v, "+z.1e"), format(v, "z.3g"), format(v, "z%"))
print(f"{-0.0:z}", "{:z.1f}".format(-0.04), "%.1f" % -0.04, format(complex(-0.0, -0.0), "z.1f"))
t(lambda: format(1, "z"))
t(lambda: format("s", "z"))
t(lambda: format(-0, "zd"))
