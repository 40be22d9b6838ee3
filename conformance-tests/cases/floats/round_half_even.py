# round() of floats: half to even on the exact binary value, with positive and negative ndigits.
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 0.125, 0.375, 1.005, 2.5e-5, 1234.5678, -1234.5678,
          1e20, 1.5e300, 5e-324, 0.0, -0.0, 123456.0]:
    print(repr(v), round(v), round(v, 0), round(v, 1), round(v, 2), round(v, 3), round(v, -1),
          round(v, -2), round(v, 400), round(v, -400))
print(type(round(2.5)), type(round(2.5, 0)), type(round(2.5, None)))
for v in [float('inf'), float('-inf'), float('nan')]:
    print(repr(v), round(v, 2), end=' ')
    try:
        print(round(v))
    except Exception as e:
        print(type(e).__name__, e)
print(round(1e300), round(-2.5e15 - 0.5))
try:
    round(1.5, 'x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    round('1.5')
except TypeError as e:
    print(type(e).__name__, e)
