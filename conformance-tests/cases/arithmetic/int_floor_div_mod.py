# Floor division and modulo round toward negative infinity; (a//b)*b + a%b == a.
print(7 // 2, 7 % 2)
print(-7 // 2, -7 % 2)
print(7 // -2, 7 % -2)
print(-7 // -2, -7 % -2)
print(0 // 5, 0 % 5)
print(-1 // 10, -1 % 10)
print(1 // -10, 1 % -10)
print(-10 // 5, -10 % 5)
a = -123456789
b = 1000
print(a // b, a % b, (a // b) * b + a % b)
