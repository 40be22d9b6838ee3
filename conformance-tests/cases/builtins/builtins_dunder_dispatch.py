# Builtin functions dispatch to the special methods of user classes: abs, round (with and
# without ndigits), divmod, pow (2 and 3 args), len, bool, hash, iter, reversed, format,
# bin/hex/oct via __index__, int/float/complex conversions, sorted/min/max via __lt__,
# and the errors when a method is missing or returns the wrong type.
class Num:
    def __init__(self, v):
        self.v = v
    def __abs__(self):
        return 'abs'
    def __round__(self, nd=None):
        return ('round', nd)
    def __divmod__(self, o):
        return ('divmod', o)
    def __rdivmod__(self, o):
        return ('rdivmod', o)
    def __pow__(self, o, mod=None):
        return ('pow', o, mod)
    def __rpow__(self, o):
        return ('rpow', o)
    def __index__(self):
        return self.v
    def __format__(self, spec):
        return 'fmt[' + spec + ']'
    def __neg__(self):
        return 'neg'
    def __invert__(self):
        return 'inv'
    def __trunc__(self):
        return 9
    def __floor__(self):
        return 'floor'
    def __ceil__(self):
        return 'ceil'
    def __complex__(self):
        return 2j
n = Num(10)
import math
print(abs(n), round(n), round(n, 2), divmod(n, 3), divmod(3, n), pow(n, 2), pow(n, 2, 5), 2 ** n, n ** 3, -n, ~n, format(n, 'x>5'), f'{n:abc}', '{:q}'.format(n))
print(bin(n), hex(n), oct(n), int(n), float(n), complex(n), math.trunc(n), math.floor(n), math.ceil(n), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10][n], 'abcdefghijk'[n], range(n)[-1], operator_index := n.__index__())
class Box:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)
    def __iter__(self):
        return iter(self.items)
    def __reversed__(self):
        return iter(['reversed'])
    def __contains__(self, x):
        return x == 'magic'
    def __getitem__(self, i):
        return self.items[i]
b = Box([3, 1, 2])
print(len(b), bool(b), bool(Box([])), list(b), list(reversed(b)), 'magic' in b, 3 in b, sorted(b), max(b), min(b), sum(b), b[0], list(enumerate(b)), dict.fromkeys(b))
class Plain:
    pass
for f in (abs, round, len, iter, reversed, bin, float, int, complex, lambda o: divmod(o, 1), lambda o: pow(o, 2), lambda o: -o, lambda o: o < o, lambda o: format(o, 'x'), math.floor, math.trunc, hash):
    try:
        r = f(Plain())
        print('ok', type(r).__name__)
    except Exception as e:
        print(type(e).__name__ + ':', e)
class BadRet:
    def __len__(self):
        return 'x'
    def __index__(self):
        return 1.5
    def __int__(self):
        return 'int'
    def __float__(self):
        return 'float'
    def __complex__(self):
        return 1
    def __bool__(self):
        return 1
    def __hash__(self):
        return 'h'
    def __repr__(self):
        return 5
    def __str__(self):
        return None
    def __format__(self, spec):
        return 1
    def __iter__(self):
        return 1
for f in (len, bin, int, float, complex, bool, hash, repr, str, lambda o: format(o, ''), iter, lambda o: [1][o], lambda o: range(o)):
    try:
        print('ok', f(BadRet()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
