# complex: constructor forms and errors, repr of signed zeros/inf/nan, arithmetic, division by
# zero, pow, comparisons, conjugate/real/imag, hashing and mixed-type equality.
for args in ((), (1,), (1, 2), (1.5, -0.0), ('1+2j',), (' (3-4j) ',), ('-j',), ('1e3J',), ('nan+infj',), (1j, 1j), (1 + 2j, 3), (True, False), ('1_0+2_0j',), (-0.0, -0.0)):
    print(args, repr(complex(*args)))
for args in (('1+2j', 1), (1, '2'), ('1+',), ('j2',), ('',), ('1 + 2j',), (None,), ([],), ('1+2jj',)):
    try:
        print(complex(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
z = 3 + 4j
print(z + 1, z - 1j, z * z, z / 2, z / (1 - 1j), -z, +z, abs(z), z.conjugate(), z.real, z.imag, z == 3 + 4j, z != 3, 1 + 0j == 1, (1 + 0j) == 1.0, 2j ** 2, (1 + 1j) ** 0.5, pow(1j, 3))
print(repr(complex(0, -0.0)), repr(-0j), repr(0j * -1), repr(complex(-0.0, 0)), repr(1e300 * 1e300j), repr(complex(float('inf'), float('nan'))), repr(1j * 1e-320), repr(complex(1e16, 1)))
for f in (lambda: z / 0, lambda: z // 2, lambda: z % 2, lambda: z < z, lambda: divmod(z, 1), lambda: int(z), lambda: float(z), lambda: 0j ** -1, lambda: round(z), lambda: pow(z, 2, 3), lambda: z > 1):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
print(0j ** 0, 0 ** 0j, 1j ** 1j, (2 + 0j) ** 10, (1 + 2j) ** 3, (-1) ** 0.5, complex('inf').imag, hash(2 + 0j) == hash(2), hash(1j), bool(0j), bool(-0j), bool(1e-300j))
print(z.__getnewargs__(), complex.__new__(complex, 5), isinstance(z, complex), type(1j).__name__, (1j).real, 1j.imag, 5 .imag, 2.5.real, [1j, 2][0])
