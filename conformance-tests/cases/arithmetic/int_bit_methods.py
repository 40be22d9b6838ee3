# bit_length, bit_count, as_integer_ratio and the numeric attributes of int.
for n in (0, 1, -1, 7, -8, 255, 256, 2**63, -(2**63), 2**100 - 1, True, False):
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(),
          n.numerator, n.denominator, n.real, n.imag, n.conjugate())
print(type(True.as_integer_ratio()[0]), type(True.real), type(True.conjugate()))
print(int.bit_length(5), int.bit_count(-5))
try:
    int.bit_length('x')
except TypeError as e:
    print(type(e).__name__, e)
