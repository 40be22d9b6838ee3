from collections import namedtuple

Point = namedtuple('Point', 'x y')
p = Point(1, y=2)
print(p, repr(p), p.x, p.y, p[0], p[-1], len(p), list(p), p._fields, Point._fields)
print(isinstance(p, tuple), type(p).__name__, Point.__bases__, Point.__doc__, Point.x.__doc__)
print(p == (1, 2), (1, 2) == p, hash(p) == hash((1, 2)), p < (1, 3), p + (3,), type(p + (3,)).__name__, p[:1], p * 2)
print(p._asdict(), p._replace(x=10), Point._make([5, 6]), Point._make(range(2)), p.__getnewargs__(), p.count(1), p.index(2))
x, y = p
print(x, y, {p: 'here'}[(1, 2)], sorted([Point(2, 1), Point(1, 5)]), max(Point(3, 1)), '%s and %s' % p)
for call in (lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, 2, z=3), lambda: Point._make([1])):
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
try:
    p.x = 5
except AttributeError as e:
    print('AttributeError', e)
try:
    p.z = 5
except AttributeError as e:
    print('AttributeError', e)
try:
    p._replace(z=1)
except ValueError as e:
    print('ValueError', e)


class Vector(namedtuple('Vector', ['dx', 'dy'])):
    __slots__ = ()

    @property
    def length(self):
        return (self.dx ** 2 + self.dy ** 2) ** 0.5

    def __add__(self, other):
        return Vector(self.dx + other.dx, self.dy + other.dy)


v = Vector(3, 4)
print(v, v.length, v + Vector(1, 1), v._replace(dx=0), type(v._replace(dx=0)).__name__, Vector.__mro__[1:])
match p:
    case Point(x=1, y=yy):
        print('matched', yy)
match p:
    case (a, b):
        print('sequence', a, b)
