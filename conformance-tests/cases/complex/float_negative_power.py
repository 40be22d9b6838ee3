# A negative float to a fractional power is complex, as in CPython.
print((-8.0) ** (1 / 3))
print((-1) ** 0.5)
print(pow(-2.0, 1.5))
print(2 ** -1, (-2.0) ** 2, (-2.0) ** -3)
print(1.0 ** float("inf"), (-1.0) ** float("-inf"))
