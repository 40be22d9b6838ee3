# Chained comparisons: a < b < c means a < b and b < c.
x = 2
print(1 < x < 3)
print(1 < x < 2)
print(3 > x > 1)
print(1 <= x <= 2 <= 2)
print(1 < 2 > 0)
print(1 == 1 == 1)
print(1 == 1 == 2)
print(0 < x != 5)
print(5 > x < 10)
print(1 < 3 < 2 < 4)
print("a" < "b" < "c")
