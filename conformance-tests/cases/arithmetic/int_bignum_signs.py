# Floor division and modulo of big ints with every sign combination, and big/small mixes.
a = 10 ** 30 + 7
b = 12345678901
print(a // b, a % b)
print(-a // b, -a % b)
print(a // -b, a % -b)
print(-a // -b, -a % -b)
print(a // 7, a % 7, -a // 7, -a % 7)
print(7 // a, 7 % a, -7 // a, -7 % a)
print(a // a, a % a, -a // a)
print((2 ** 64) // -1, (2 ** 64) % -1)
print(-(2 ** 64) // 2 ** 32, -(2 ** 64) % (2 ** 32 + 1))
print(2 ** 64 - 2 ** 64 + 1)
print(3 ** 40 * -(3 ** 40))
