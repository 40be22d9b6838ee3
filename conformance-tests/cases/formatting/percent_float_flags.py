# %e %E %f %F %g %G with flags, width and precision, and special values.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for v in (0.0, -0.0, 1.5, -2.25, 1e-5, 123456789.0, 1e16, 1e100, float("inf"), float("-inf"), float("nan"), 7):
    print("%e|%E|%.2e|%f|%F|%.1f|%g|%G|%.3g|%#g|%#.0f|%#.0e|" % ((v,) * 12))
    print("%12.4f|%-12.4f|%012.4f|%+.2f|% .2f|%+012.2e|%10g|%-10G|" % ((v,) * 8))
print("%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, -0.5), "%.15g %.17g" % (0.1, 0.1), "%.60f" % 1e-50)
