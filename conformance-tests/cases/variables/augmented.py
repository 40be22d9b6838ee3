# Augmented assignment for every arithmetic operator.
x = 10
x += 5
print(x)
x -= 3
print(x)
x *= 4
print(x)
x //= 5
print(x)
x %= 7
print(x)
x **= 10
print(x)
x /= 2
print(x)
y = 2
y **= 100
print(y)
y //= -3
print(y)
s = "ab"
s += "cd"
s *= 2
print(s)
f = 1.5
f *= 2
f -= 0.25
print(f)
n = 6
n <<= 2
n |= 1
n ^= 3
n &= 0xFE
n >>= 1
print(n)
