# The % presentation type multiplies by 100 and appends a percent sign.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for v in (0, 1, 0.5, 0.125, -0.3333, 1.23456, 12, float("inf"), float("nan"), True):
    print(v, format(v, "%"), format(v, ".0%"), format(v, ".2%"), format(v, "+.1%"), format(v, "10.1%"), format(v, "<10.1%") + "|", format(v, ",.0%"))
print("{:.1%}".format(2 / 3), f"{1/8:.3%}", f"{-0.0:%}")
