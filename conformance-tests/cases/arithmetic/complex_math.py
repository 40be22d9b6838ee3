# Complex arithmetic results that are exact, and integer powers by repeated multiplication.
z = 1 + 1j
print([z ** n for n in range(9)])
print((2j) ** 3, (1 - 1j) ** 2, (3 + 4j) * (3 - 4j), (1 + 2j) / (3 - 4j), abs(5 + 12j), abs(-8j))
print((1 + 2j) == complex(1, 2), (0.5 + 0.5j) * 2, 1j * 1j, -1j * -1j, (1j).imag, (1j).real)
print(complex(3, 4).conjugate() * complex(3, 4), (2 + 0j) ** 10, (1j) ** 4, (-1) ** 0.5 == 1j)
print(sum([1j, 2, 3.5, 4 + 4j]), [c.real for c in [1 + 2j, -3j]], 1e300j * 1e300j)
print(complex(1, 2) + True, complex(0, -0.0) * 1, -(0j), 0j == 0, 0j == -0.0, hash(1j) == hash(1j))
