# Big-integer multiplication, division and conversions with mixed signs.
a = 3 ** 200
b = -(7 ** 90)
print(a + b)
print(a - b)
print(a * b)
print(a // b, a % b)
print(b // a, b % a)
print(divmod(a, 12345678901234567890))
print(a / b)
print(abs(b), -b, +b)
print(a == 3 ** 200, a != a + 1, a > b, b < -(2**63))
print(2 ** 64 - 1, 2 ** 64, -2 ** 63, -2 ** 63 - 1)
print((2**63 - 1) + 1, -(2**63) - 1, (2**63) * (2**63))
print(9223372036854775807 * -1 - 1)
print(int(a / 10**80))
print(10**400 // 10**399, 10**400 % 7)
print(1 / 3, 10**20 / 10**10, (10**400) / (10**399))
try:
    print((10**400) / 3)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(float(10**400))
except OverflowError as e:
    print(type(e).__name__, e)
print(2 ** 1023 / 2 ** 1022)
print(int('9' * 50) + 1)
