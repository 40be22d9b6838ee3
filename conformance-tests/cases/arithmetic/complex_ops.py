# Complex arithmetic, abs, conjugate, attributes and mixed-type operations.
z = 3 + 4j
w = -1.5 + 0.5j
print(z + w, z - w, z * w, z / w, -z, +z)
print(abs(z), abs(w), abs(-0j), z.conjugate(), w.conjugate(), z.real, z.imag)
print(z == 3 + 4j, z != w, z == complex(3, 4), (1 + 0j) == 1, (1 + 0j) == 1.0, 1j == 1)
print(z ** 2, z ** 0, z ** -1, (1j) ** 2, 2 ** z, pow(z, 2))
print(z + 1, 1 + z, z * 2.5, 2.5 * z, z / 2, True + 1j)
print(complex(), complex(1), complex(1.5, -2), complex(1j, 1j), complex(2, 0j), complex('3'))
print(type(z.real), type((1 + 1j).imag), complex(z) is z)
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: z < w)
t(lambda: z // 2)
t(lambda: z % 2)
t(lambda: divmod(z, 2))
t(lambda: z / 0)
t(lambda: 0j ** -1)
t(lambda: int(z))
t(lambda: float(z))
t(lambda: round(z))
t(lambda: complex('1', 2))
t(lambda: complex(1, '2'))
t(lambda: complex(None))
t(lambda: abs(complex(1e308, 1e308)))
t(lambda: pow(z, 2, 3))
