# float % and // take the sign of the divisor; inf and nan operands follow CPython.
inf = float('inf')
nan = float('nan')
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (0.0, 3), (-0.0, 3), (0.0, -3), (1e-300, 1e300),
         (-1e-300, 1e300), (5, inf), (-5, inf), (5, -inf), (-5, -inf), (inf, 5), (nan, 1), (1, nan),
         (3.0, 0.1), (1e308, 1e-308), (-1.0, 1e-320), (6.0, 3.0), (-6.0, 3.0)]
for a, b in pairs:
    try:
        print(a, b, repr(a % b), repr(a // b), divmod(a, b))
    except Exception as e:
        print(a, b, type(e).__name__, e)
