# complex() from numbers and strings, and CPython's repr of every shape.
print(complex(), complex(1), complex(1.5, -0.0), complex(-0.0, 1), complex(0, -1))
print(complex(1e20, 1e-5), complex(123456789012345678, 1), complex(float("nan"), float("-inf")))
print(complex("1+2j"), complex(" (3-4J) "), complex("j"), complex("-j"), complex("1e3j"), complex("2"))
print(complex("inf-nanj"), complex("1_000+2_0j"), complex(".5-.5j"), complex("+1.5e-3-2E+2j"))
print(complex(complex(1, 2), complex(3, 4)), complex(1, complex(0, 1)), complex(True, False))
print(complex(imag=2), complex(real=3, imag=4))
print(repr(complex(0, 1)), str(complex(2, 3)), complex(-1, -1))
