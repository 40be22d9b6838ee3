# A class that implements the sequence protocol works with for, in, len, reversed, unpacking,
# slicing, and truthiness through __len__ or __bool__.
class Countdown:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError('countdown index out of range')
        return self.n - i


c = Countdown(4)
print(list(c), 3 in c, 9 in c, len(c), c[-1], c[1:3], list(reversed(c)), bool(c), bool(Countdown(0)))
a, b, *rest = c
print(a, b, rest, sorted(c), max(c), sum(c))
try:
    c[10]
except IndexError as e:
    print(e)


class AlwaysFalse:
    def __bool__(self):
        return False

    def __len__(self):
        return 5


print(bool(AlwaysFalse()), 'yes' if AlwaysFalse() else 'no', len(AlwaysFalse()))


class BadBool:
    def __bool__(self):
        return 1


try:
    bool(BadBool())
except TypeError as e:
    print(e)
class R:
    def __reversed__(self):
        return iter('cba')
print(list(reversed(R())))
class N:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
try:
    reversed(N())
except TypeError as e:
    print(e)
