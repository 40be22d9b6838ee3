# repr of complex numbers with signed zeros, infinities, nans and exponents.
inf = float('inf')
nan = float('nan')
vals = [0j, -0j, complex(0.0, -0.0), complex(-0.0, 0.0), complex(-0.0, -0.0), 1j, -1j,
        complex(1, 0), complex(-1, -0.0), complex(inf, 0), complex(0, inf), complex(-inf, -inf),
        complex(nan, 0), complex(0, nan), complex(nan, -nan), complex(1e20, 1e-20),
        complex(1e16, 1), complex(0.1, 0.2), complex(2.5, 1e300), 1e-5j, 3 + 0j, 123456789j]
for v in vals:
    print(repr(v), str(v), format(v, ''))
print(complex('-0-0j'), complex('inf-infj'), complex('nan+nanj'), complex('-1e-3j'))
print([1j, 2 + 0j], (1j,), {1j: 1j})
