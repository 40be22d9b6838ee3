# Exponent boundaries of float repr and str for powers of ten and their neighbours.
for e in range(-8, 25):
    x = float('1e%d' % e)
    print(e, repr(x), repr(-x), repr(x * 1.5), repr(x / 3))
for s in ['1e16', '9999999999999998.0', '1e-05', '0.00009', '123e18', '1.0e+16', '5e-310']:
    print(s, repr(float(s)))
