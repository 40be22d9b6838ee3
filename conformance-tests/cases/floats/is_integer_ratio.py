# is_integer and as_integer_ratio of floats, and their errors on nan/inf.
for v in [0.0, -0.0, 1.0, 1.5, -2.0, 1e300, 5e-324, 0.1, 2.0**60, 1e16 + 2, float('inf'), float('nan')]:
    print(repr(v), v.is_integer(), end=' ')
    try:
        print(v.as_integer_ratio())
    except Exception as e:
        print(type(e).__name__, e)
print((0.1).as_integer_ratio()[1] == 2**55, (3.0).real, (3.5).imag, (2.5).conjugate())
print(float.is_integer(2.0), float.as_integer_ratio(0.75))
