# Every presentation type for float, with and without precision.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for v in (0.0, 1.0, -2.5, 1234.5678, 1e-7, 1.5e300, 1e16, 123456789.0):
    print(v, format(v, "e"), format(v, "E"), format(v, "f"), format(v, "F"), format(v, "g"), format(v, "G"), format(v, "n"), format(v, "%"), format(v, ""), format(v, ".3"), format(v, ".3g"), format(v, ".0e"), format(v, ".10f"))
for v in (float("inf"), float("-inf"), float("nan")):
    print(format(v, "e"), format(v, "E"), format(v, "f"), format(v, "F"), format(v, "G"), format(v, "%"), format(v, "08.3f"), format(v, "+"))
print(format(0.1, ".20f"), format(2.5, ".0f"), format(3.5, ".0f"), format(1e22, "f"), format(9.999, ".2f"), format(9.9999e-5, ".3g"), format(1e-4, "g"), format(1e-5, "g"))
