# An int subclass is an int; int's operations give plain ints.
class Count(int):
    def double(self):
        return Count(self * 2)


c = Count(21)
print(c, repr(c), c.double(), type(c.double()).__name__, c + 1, type(c + 1).__name__, type(-c).__name__, type(+c).__name__)
print(type(c * 2), type(c // 2), type(c % 5), type(c ** 2), type(c << 1), type(c & 1), type(abs(c)), type(c / 2))
print(c == 21, 21 == c, hash(c) == hash(21), {21: 'x'}[c], {c: 'y'}[21], c < 22, c > 20.5, bool(Count(0)), bool(c))
print(int(c), type(int(c)).__name__, float(c), str(c), f'{c:04d}', '%d' % c, format(c, 'x'), c.bit_length(), c.real, c.numerator)
print(list(range(Count(3))), [10, 20, 30][Count(1)], 'ab' * Count(2), divmod(c, 4), round(c), isinstance(c, int), Count('ff', 16), Count())
c.note = 'n'
print(c.note, Count.__mro__)
