# Simple assignment, rebinding to another type, and chained assignment.
x = 1
print(x)
x = "now a string"
print(x)
x = None
print(x)
a = b = c = 7
print(a, b, c)
b = 8
print(a, b, c)
_private = 3
CamelCase = 4
name2 = _private + CamelCase
print(name2)
