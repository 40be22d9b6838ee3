# Arbitrary-precision integers: iterative Fibonacci and factorial with thousands of digits.
a = 0
b = 1
for i in range(100000):
    nxt = a + b
    a = b
    b = nxt
print(a % 1000000007)
f = 1
for k in range(2, 10001):
    f *= k
print(f % 998244353)
print(f // 10 ** 30000 % 1000000)
