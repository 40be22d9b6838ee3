# None, NotImplemented, Ellipsis and bool: reprs, types, identities, arithmetic of bools,
# bool() of containers and numbers, and the errors of misuse.
print(repr(None), str(None), repr(...), repr(Ellipsis), repr(NotImplemented), type(None).__name__, type(...).__name__, type(NotImplemented).__name__)
print(None is type(None)(), ... is type(...)(), NotImplemented is type(NotImplemented)(), bool(None), bool(...), None == None, None != 0, ... == Ellipsis)
print(True + 1, True * 2.5, True / 2, True // 2, -True, True ** 0, True & False, True | False, True ^ True, ~False, True << 2, bool(-1), bool(1e-300), bool(0j))
print(repr(True), str(False), int(True), float(False), complex(True), True == 1, True == 1.0, isinstance(True, int), type(True + True).__name__, type(True & True).__name__, type(True | 1).__name__)
print(bool([]), bool([0]), bool(()), bool({}), bool({0: 0}), bool(set()), bool(''), bool(' '), bool(b''), bool(range(0)), bool(range(1)), bool(0.0), bool(-0.0), bool(float('nan')))
print(True.real, True.imag, True.numerator, True.denominator, True.bit_length(), False.conjugate(), (True).as_integer_ratio(), format(True, 'd'), format(True, '>5'), f'{True!r:>6}', '%d %s %r' % (True, True, False))
print(max(True, 2), min(False, -1), sum([True, True, True]), sorted([True, False, 0, 1]), [True, False].count(1), {True: 'a', 1: 'b'}, hash(True), hash(False))
class B:
    def __bool__(self):
        return 0
class L:
    def __len__(self):
        return 0
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
print(bool(L()), bool(Both()), not L(), [] or 'default', 0 and 'never', '' or 0 or None, 1 and 2 and 3)
for f in (lambda: bool(B()), lambda: bool.__new__(bool), lambda: type(None)(1), lambda: type(...)(1), lambda: None + 1, lambda: ... + 1, lambda: len(None), lambda: bool(1, 2),
          lambda: True.x, lambda: setattr(True, 'x', 1), lambda: type('X', (bool,), {}), lambda: NotImplemented + 1, lambda: None.__class__(), lambda: iter(None)):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
class NegLen:
    def __len__(self):
        return -1
class BigLen:
    def __len__(self):
        return 2 ** 70
class FloatLen:
    def __len__(self):
        return 1.5
for obj in (NegLen(), BigLen(), FloatLen()):
    for f in (len, bool):
        try:
            print(f(obj))
        except Exception as e:
            print(type(e).__name__ + ':', e)
