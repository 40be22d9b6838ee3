# Mixed int/float/complex/bool arithmetic and exact comparisons between huge ints and floats,
# true division of big ints (correctly rounded), floor division/modulo mixing types, and
# the numeric tower of results.
big = 2 ** 53 + 1
print(big == float(big), big > float(big), float(big) < big, 2 ** 1000 == 2.0 ** 1000, 2 ** 1000 + 1 > 2.0 ** 1000, 10 ** 400 > float('inf'), -10 ** 400 < float('-inf'), 10 ** 400 != float('nan'))
print(1 / 3, 10 ** 30 / 10 ** 10, (2 ** 1100) / (2 ** 1000), 1 / (2 ** 1100) * 2 ** 1100 if False else (2 ** 1100 + 1) / 2 ** 1100, -7 / 2, 7 / -2.0, 10 ** 20 / 3, (10 ** 400 + 1) // 10 ** 399)
print(7 // 2.0, -7 // 2.0, 7 % -2.0, -7 % 2.0, 7.5 // 1, divmod(-7, 2.0), divmod(2 ** 70, 3.0), 2 ** 70 % 3.0, 1e300 % 7, -1e-300 % 1)
print(type(1 + 1.0).__name__, type(1 + 1j).__name__, type(True + 1.0).__name__, type(2 ** -1).__name__, type(4 ** 0.5).__name__, type(divmod(5, 2.0)[0]).__name__, type(round(2.5)).__name__, type(abs(-2)).__name__)
print(0.1 + 0.2, 0.1 * 3, 1 - 0.9, 1e16 + 1, 2 ** 0.5, 10 ** -2, (-2) ** 0.5, 0 ** 0.0, 0.0 ** 0, 1 ** float('nan'), float('nan') ** 0, (-1) ** 0.5 == 1j)
for f in (lambda: 2 ** 1100 / 1e-300, lambda: 10 ** 400 / 1, lambda: 1 / 10 ** 400, lambda: 10 ** 400 * 1.0, lambda: float(10 ** 400), lambda: 10 ** 400 // 1.0, lambda: 2.0 ** 2000,
          lambda: 10 ** 400 + 0.5, lambda: 1e308 + 1e308, lambda: (10 ** 400) % 2.5, lambda: divmod(10 ** 400, 1.0), lambda: int(1e308) == 10 ** 308, lambda: 3 ** 0.5 * 3 ** 0.5 == 3):
    try:
        print(repr(f()))
    except OverflowError as e:
        print('OverflowError:', e)
print(sum([1, 2.5, 3j]), sum([0.1] * 3), max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0), sorted([2, 1.5, True, 0j.real]), 3 * 0.1 == 0.3, round(3 * 0.1, 10) == 0.3)
print(int(2.9), int(-2.9), int(1e20), int(-1e-20), round(-1.5), round(1.5), round(0.5), round(-0.5), round(2.675, 2), round(1.0000000000000002, 15), round(123.456, -2), round(-123.456, 1))
print((5).__truediv__(2), (5).__floordiv__(2.0), (5.0).__rfloordiv__(17), (2).__pow__(3, 5), (3).__rpow__(2), (1).__add__(1.0), (1.0).__radd__(1), (1j).__rmul__(2))
