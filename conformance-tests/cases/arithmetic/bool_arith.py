# bool is an int subclass: arithmetic gives ints, reprs are True/False.
print(True + True, True * 3, True - False, -True, +True, ~False)
print(True / 2, True // 2, True % 2, True ** 10, divmod(True, 2))
print(repr(True), str(False), repr(True + 0), type(True + 0).__name__)
print(True == 1, False == 0, True is True, isinstance(True, int), issubclass(bool, int))
print(int(True), float(False), complex(True), bool(0), bool(0.0), bool(''), bool([0]), bool(-1))
print(sum([True, True, False]), max(False, True), min(True, 0))
print(True & True, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__)
print([1, 2, 3][True], {True: 'a', 1: 'b'}, {1.0: 'x', True: 'y'})
print(hash(True), hash(False), bool.__name__, bool.__mro__)
print(f'{True}', f'{True:d}', f'{False:>5}', '%d %s %r' % (True, True, False))
try:
    bool(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    class B(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(True.__class__, bool(None), bool(NotImplemented) if False else 'skip')
