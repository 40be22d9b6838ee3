# Comparisons between ints, floats, bools and big ints are exact.
big = 2 ** 53 + 1
print(big == float(big), big > float(big), float(big) < big, big - 1 == float(big))
print(10**400 > float('inf'), -10**400 < float('-inf'), 10**400 < float('inf'))
print(10**400 == float('inf'), float('nan') == 10**400, float('nan') != 1)
print(2**1023 * 2 == float('inf'), 2**1024 > 1.7976931348623157e308)
print(1 == 1.0, 1 == 1.0000000000000002, 0 == -0.0, True == 1.0, False < 0.5)
print(9007199254740993 == 9007199254740992.0, 9007199254740993 > 9007199254740992.0)
print(sorted([3, 2.5, True, -1, 10**20, 1e19, 0.0, False]))
print(max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0))
print(1 < 2 < 3.5 < 10**30, 3 > 2.5 >= 2.5 > True)
print([x == y for x, y in [(0.1 + 0.2, 0.3), (1e16, 10**16), (1e16 + 1, 10**16 + 1)]])
print(int(1e16) == 10**16, -2**63 == float(-2**63), (2**63) == 9.223372036854776e18)
