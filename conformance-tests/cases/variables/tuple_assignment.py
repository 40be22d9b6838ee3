# Tuple packing/unpacking in assignment (beyond the first slice): swap and fib.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y = 0, 1
for i in range(30):
    x, y = y, x + y
print(x)
[p, q] = [3, 4]
print(p * q)
