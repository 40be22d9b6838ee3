# int: big/small boundaries, sign rules of // and %, shifts, pow with modulus, bit ops, bool mixing.
vals = [0, 1, -1, 7, -7, 2 ** 63 - 1, -2 ** 63, 2 ** 64, -(2 ** 64) + 3, 10 ** 20]
for a in vals:
    for b in (3, -3, 2 ** 63, -5):
        print(a // b, a % b, divmod(a, b), -a // b, a * b, a - b)
for a in (1, -1, 5, -5, 2 ** 70):
    print(a << 3, a >> 1, a >> 100, ~a, a & 0xff, a | -16, a ^ 2 ** 65, abs(a), -a, +a)
print(pow(2, 100, 97), pow(-3, 7, 11), pow(3, -1, 7), pow(5, 0, 1), pow(2, 10, -7), pow(0, 0))
print(2 ** -2, (-2) ** -3, (-8) ** (1 / 3) if False else 'skip', 10 ** 0, 0 ** 0, (-1) ** 2 ** 70)
print(True + True, True * 10, False - 1, True << 3, -True, ~True, True // 2, True % 2, True ** 3)
print(int.bit_length(2 ** 100), (-2 ** 100).bit_length(), (255).bit_count(), (-255).bit_count(), (0).bit_length())
print((12).as_integer_ratio(), (-12).numerator, (12).denominator, (5).real, (5).imag, (5).conjugate())
print(int('  -0b101  ', 0), int('0o17', 0), int('0x_ff', 0), int('1_000'), int('z', 36), int('-10', 16), int(b'  42 '))
for bad in ('1__0', '_1', '0b', '08', '1.5', '', ' ', '١٢'):
    try:
        print(int(bad, 0) if bad not in ('١٢', '1.5') else int(bad))
    except ValueError as e:
        print('ValueError:', e)
for bad in ((3.5,), ([1],), ('10', 1), ('10', 37), (10, 10), (None,)):
    try:
        print(int(*bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
try:
    1 // 0
except ZeroDivisionError as e:
    print(e)
try:
    5 % 0
except ZeroDivisionError as e:
    print(e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(e)
try:
    1 << -1
except ValueError as e:
    print(e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(e)
print(int.from_bytes(b'\xff\x00', 'little', signed=True), (1024).to_bytes(3, 'big'), (-1).to_bytes(2, 'big', signed=True))
try:
    (256).to_bytes(1, 'big')
except OverflowError as e:
    print(e)
try:
    (-1).to_bytes(1, 'big')
except OverflowError as e:
    print(e)
print(hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(2 ** 100))
