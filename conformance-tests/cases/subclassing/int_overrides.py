# Overridden arithmetic on an int subclass, and the reflected method of a subclass going first.
class Mod7(int):
    def __new__(cls, value):
        return super().__new__(cls, value % 7)

    def __add__(self, other):
        return Mod7(int(self) + int(other))

    __radd__ = __add__

    def __mul__(self, other):
        return Mod7(int(self) * int(other))

    def __repr__(self):
        return f'Mod7({int(self)})'

    def __neg__(self):
        return Mod7(-int(self))

    def __eq__(self, other):
        return int(self) == int(other) % 7

    __hash__ = int.__hash__


a = Mod7(5)
print(a, a + 4, 4 + a, a * 3, -a, a + a, sum([a, a, a]), a == 12, 12 == a, a != 5)
print(str(a), f'{a}', [a], type(a + 4).__name__, int.__add__(a, 4), type(int.__add__(a, 4)).__name__)


class Loud(int):
    def __radd__(self, other):
        print('radd', other)
        return Loud(int(self) + other)

    def __lt__(self, other):
        print('lt')
        return int(self) < other

    def __gt__(self, other):
        print('gt')
        return int(self) > other


x = Loud(1)
print(2 + x)
print(x + 2)
print(3 < x)
print(x < 3)
print(sorted([Loud(3), Loud(1)]))


class Bits(int):
    def __and__(self, other):
        return 'and'

    def __index__(self):
        return 3

    def __bool__(self):
        return False


print(Bits(6) & 1, 1 & Bits(6), bool(Bits(6)), 'yes' if Bits(1) else 'no', Bits(6) | 1)
