# float: repr, rounding, special values, division/modulo sign rules, conversion errors, hex.
import math
inf, nan = float('inf'), float('nan')
for x in (0.1, 1e16, 1e-7, 123456789.0, 1.5e300 * 1e10, -0.0, 2.5, 1 / 3, 5e-324, 1.7976931348623157e308):
    print(repr(x), str(x), x.hex(), x.is_integer(), round(x, 2), float.fromhex(x.hex()) == x or x != x)
for a in (7.5, -7.5, 0.0, -0.0, inf, -inf):
    for b in (2.0, -2.0, inf, -inf):
        print(a, b, a % b, a // b if not (math.isinf(a) and math.isinf(b)) else 'x', math.fmod(a, b) if not math.isinf(a) else 'x')
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(0.375, 2), round(1234.5, -1), round(1e300, -299), round(2.675, 2))
print(round(5.5, None), type(round(5.5, None)).__name__, round(5.5, 0), type(round(5.5, 0)).__name__, round(-0.4))
print((0.5).as_integer_ratio(), (-0.75).as_integer_ratio(), (1e100).as_integer_ratio()[1], float(2 ** 53 + 1), float(10 ** 308 * 10 // 10))
print(inf == inf, nan == nan, nan != nan, inf > 10 ** 400, -inf < -10 ** 400, 1e308 * 10, -1e308 * 10, inf - inf, inf * 0)
print(max(nan, 1), max(1, nan), min(nan, 1), sorted([3.0, 1.0, 2.0]), 0.1 + 0.2 == 0.3, abs(-0.0), -0.0 == 0.0)
print(float('  1_0.5  '), float('-iNF'), float('+nan'), float('1e500'), float('-1e-500'), float(b'2.5'), float(bytearray(b'3')))
for bad in ('1__0', '', ' ', '0x10', 'infinity1', '1e', '.', '_1', 'nan(1)'):
    try:
        print(float(bad))
    except ValueError as e:
        print('ValueError:', e)
for bad in (None, [1], '\x00'):
    try:
        print(float(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
for f in (lambda: 1.0 / 0, lambda: 1.0 // 0.0, lambda: 1.0 % 0.0, lambda: divmod(1.0, 0), lambda: 0.0 ** -1,
          lambda: (-8.0) ** 0.5, lambda: 10.0 ** 400, lambda: int(inf), lambda: int(nan), lambda: math.floor(nan),
          lambda: round(inf), lambda: round(nan), lambda: float(10 ** 400), lambda: 2 ** 2000 / 1.5, lambda: (2 ** 2000) * 1.0,
          lambda: float.fromhex('0x1p99999'), lambda: float.fromhex('zz'), lambda: (1.5).hex(1)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)
print(hash(1.0) == hash(1), hash(0.5), hash(-0.0), hash(inf), hash(-inf), hash(1e300) == hash(int(1e300)), hash(2.0 ** 64))
print(math.isclose(0.1 + 0.2, 0.3), math.copysign(1, -0.0), math.trunc(-2.7), math.ceil(-2.5), math.floor(2 ** 60 + 0.0))
print(10 ** 16 + 1 == float(10 ** 16 + 1), 2 ** 53 + 1 > float(2 ** 53), 1 < 1.5 < 2, (2 ** 1000) < inf, 3 == 3.0000000000000001)
