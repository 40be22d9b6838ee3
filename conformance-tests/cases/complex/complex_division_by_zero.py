# Division of a complex by zero.
a = complex(1, 1)
print(a / 1)
print(a / 0)
