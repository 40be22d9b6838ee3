# List concatenation, repetition, and equality.
a = [1, 2]
b = [3]
print(a + b)
print(a * 3)
print([0] * 5)
print(a == [1, 2])
print(a != [1, 2, 3])
print([1, 2] < [1, 3])
c = a
c[0] = 100
print(a)
