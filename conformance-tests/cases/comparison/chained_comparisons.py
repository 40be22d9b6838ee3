# Chained comparisons evaluate each operand once and stop at the first false link.
def v(x, tag):
    print('eval', tag)
    return x


print(v(1, 'a') < v(2, 'b') < v(3, 'c'))
print(v(1, 'a') < v(0, 'b') < v(3, 'c'))
y = None
print(1 < 2 > 1 == 1 != 2 <= 2 >= 2, y is not None)
x = [1, 2]
print(1 in x in [x], 3 not in x, x is x is not None)
print('a' < 'b' < 'c', (1, 2) < (1, 3) <= (1, 3), 2 == 2.0 == True + 1)
try:
    print(1 < 'a' < 3)
except TypeError as e:
    print(e)
