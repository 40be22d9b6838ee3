# int(float) truncates toward zero; float(int) rounds half to even; math.floor/ceil/trunc give ints.
import math
for v in [0.5, 1.5, -1.5, 2.9999999999999996, -0.0, 1e16 + 1, 1e20, -1e20, 1.7976931348623157e308, 5e-324]:
    print(repr(v), int(v), math.trunc(v), math.floor(v), math.ceil(v), round(v))
for n in [2**53 + 1, 2**53 + 3, 2**54 + 2, 2**54 + 6, -(2**53 + 1), 10**22, 10**23, 2**1023 * 3 // 2,
          2**1024 - 2**970, 2**1024 - 2**971]:
    try:
        print(n, repr(float(n)))
    except OverflowError as e:
        print(n, type(e).__name__, e)
print(math.isclose(0.1 + 0.2, 0.3), math.isfinite(1e308), math.isinf(-float('inf')), math.isnan(float('nan')))
print(math.floor(-0.5), math.ceil(-0.5), type(math.floor(2.0)), math.fabs(-3), math.copysign(1, -0.0))
