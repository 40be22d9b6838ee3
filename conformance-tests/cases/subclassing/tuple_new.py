# Immutable bases are filled by __new__: super().__new__(cls, value).
class Pair(tuple):
    def __new__(cls, first, second):
        return super().__new__(cls, (first, second))

    def __init__(self, first, second):
        self.label = f'{first}/{second}'

    def swap(self):
        return Pair(self[1], self[0])


p = Pair(1, 2)
print(p, p.label, p.swap(), type(p.swap()).__name__, len(p), p[0], p[-1], list(p))
print(p == (1, 2), (1, 2) == p, hash(p) == hash((1, 2)), {p: 'x'}[(1, 2)], p < (1, 3))
print(type(p[:1]), type(p + (3,)), type((0,) + p), type(p * 2), p.count(1), p.index(2))
print(tuple(p), type(tuple(p)), isinstance(p, tuple), Pair.__mro__)


class Tagged(tuple):
    pass


t = Tagged([3, 4])
t.tag = 'T'
print(t, t.tag, Tagged(), Tagged('ab'), repr(Tagged((1,))))
try:
    Tagged(1)
except TypeError as e:
    print('TypeError', e)
try:
    p[0] = 5
except TypeError as e:
    print('TypeError', e)
