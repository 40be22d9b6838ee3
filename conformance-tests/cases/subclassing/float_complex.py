class F(float):
    pass


f = F(2.5)
print(f, repr(f), type(f).__name__, f + 1, type(f + 1).__name__, f * 2, -f, type(-f).__name__, abs(F(-1.0)))
print(f == 2.5, hash(f) == hash(2.5), {2.5: 'x'}[f], F('1e3'), F(), F(3), float(f), type(float(f)).__name__)
print(f.as_integer_ratio(), f.is_integer(), f.real, round(f), int(f), divmod(f, 1), f'{f:08.3f}', F('inf'), F('nan') != F('nan'))


class C(complex):
    def conj(self):
        return C(self.conjugate())


c = C(1, 2)
print(c, repr(c), c.real, c.imag, c.conj(), type(c.conj()).__name__, c + 1, type(c + 1).__name__, c * c, abs(C(3, 4)))
print(c == 1 + 2j, hash(c) == hash(1 + 2j), C('3+4j'), C(), complex(c), type(complex(c)).__name__, -c, c.conjugate())
