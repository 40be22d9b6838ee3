# hash() agrees with == across int, float, bool, complex, Fraction-like and Decimal-free values,
# tuples and frozensets hash by content, special values, -1 never a hash, and user __hash__ rules.
vals = [0, 1, -1, 2 ** 61 - 1, 2 ** 61, -(2 ** 61), 2 ** 64 + 7, 10 ** 30, 0.5, -0.5, 1.5, 1e100, 2.0 ** 80, -2.0 ** 80, 0.1, True, False, 1 + 0j, 2.5 + 0j, 1j, -1j, 3 - 4j]
for v in vals:
    print(repr(v), hash(v))
print(all(hash(a) == hash(b) for a in vals for b in vals if a == b), hash(1) == hash(1.0) == hash(True) == hash(1 + 0j), hash(0) == hash(-0.0) == hash(0j) == hash(False))
print(hash(-1), hash(-1.0), hash(-1 + 0j), hash(float('inf')), hash(float('-inf')), hash(complex(float('inf'), 1)), hash(2 ** 61 - 2), hash(-(2 ** 61 - 1)))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))), hash(('a',)) == hash(('a',)), hash((1, 2)) == hash((1.0, 2.0)), hash(frozenset()), hash(frozenset([1, 2, 3])))
print(hash(None) == hash(None), hash(...) == hash(Ellipsis), hash(NotImplemented) == hash(NotImplemented), hash(int) == hash(int), hash(range(3)) == hash(range(3)) if False else 'range', hash(slice) == hash(slice))
class Eq:
    def __eq__(self, o):
        return True
print(Eq.__hash__, type(Eq()).__hash__ is None)
try:
    hash(Eq())
except TypeError as e:
    print('TypeError:', e)
class EqHash(Eq):
    __hash__ = object.__hash__
print(isinstance(hash(EqHash()), int))
class Neg:
    def __hash__(self):
        return -1
class Big:
    def __hash__(self):
        return 2 ** 100
class Flt:
    def __hash__(self):
        return 1.5
class Sub(int):
    def __hash__(self):
        return True
print(hash(Neg()), hash(Big()), hash(Sub(5)))
for bad in (Flt(), [1], {}, set(), bytearray(), (1, [2]), slice(1, 2)):
    try:
        print(hash(bad))
    except TypeError as e:
        print('TypeError:', e)
print(hash('') == 0, hash(b'') == 0, hash('a') == hash('a'), hash(b'abc') == hash(b'abc'), hash('abc') == hash(b'abc'.decode()), hash(1e-300) == hash(1e-300))
d = {1: 'int'}; d[1.0] = 'float'; d[True] = 'bool'; print(d, {0.0: 1, 0: 2, -0.0: 3, False: 4}, len({2 ** 61 - 1, 0, 2 ** 61 - 1.0}), {1, 1.0, 1 + 0j, True})
