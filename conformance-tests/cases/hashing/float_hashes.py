# hash() of floats follows CPython's modular scheme: exact for integral values, deterministic otherwise.
for v in [0.5, 0.25, 1.5, -1.5, 0.1, 1e100, -1e100, 1e-100, 1.7976931348623157e308, 5e-324, 2.0**60,
          2.0**61, 2.0**62, 1e16, 3.141592653589793, float('inf'), float('-inf'), 123456.789, -0.1]:
    print(repr(v), hash(v))
print(hash(1e100) == hash(int(1e100)), hash(2.0**-3) == hash(0.125), hash(2.0**-3))
