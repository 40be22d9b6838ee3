# Float constructor forms, numeric attributes and arithmetic results that expose rounding.
print(0.1 + 0.2, 0.1 * 3, 1 - 0.9, 1.1 * 1.1, 3 * 1.1, 0.1 + 0.7, 4.35 * 100, 1.0 / 49 * 49)
print(sum([0.1] * 10), sum([0.1] * 10, 0.5), sum([1e100, 1.0, -1e100]), sum([0.5, 0.25], start=1))
print(1e16 + 1, 1e16 + 2, 2.0 ** 53 + 1, -1e-320 * 1e-10, 5e-324 / 2, 1e308 * 10 / 10)
print(7.0 // 2, -7.0 // 2, 7.0 % -2, 2.5 ** 2, 2 ** -1.0, 10 ** -2, (-2.0) ** 2, (-8) ** (1 / 3) == (-8) ** (1 / 3))
print(float.__name__, type(1.5).__mro__, isinstance(1.5, float), float(True) + True)
print(abs(-1.5), -(0.0), +(-0.0), 0.0 == -0.0, repr(-0.0 + 0.0), repr(-0.0 - 0.0), repr(-0.0 * 1))
print(divmod(7.5, 2), divmod(-7.5, 2), pow(2.0, 3), pow(2, 3.0), pow(4.0, 0.5))
print(max(1.5, 2), min(1.5, 1), 3.0 == 3, hash(3.0) == hash(3), 1.5 + True, 0.1 * True)
