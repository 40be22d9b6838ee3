# Binary operators on instances of classes, through warm inline caches: methods replaced
# after the site has run, reflected methods, subclasses first, NotImplemented, mixed types.
class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        if isinstance(other, V):
            return V(self.x + other.x)
        if isinstance(other, int):
            return V(self.x + other)
        return NotImplemented

    def __radd__(self, other):
        return V(other * 100 + self.x)

    def __repr__(self):
        return 'V(%r)' % (self.x,)


class W(V):
    def __radd__(self, other):
        return 'W.__radd__ first'


def add(a, b):
    return a + b


results = []
for i in range(3000):
    results.append(add(V(i), V(1)).x)
print(results[-1], add(V(1), 5), add(5, V(1)), add(V(1), W(2)), add(1, 2), add('a', 'b'), add(1.5, 2))
try:
    add(V(1), 'x')
except TypeError as e:
    print(e)
V.__add__ = lambda self, other: 'patched'
print(add(V(1), V(2)))
del V.__add__
try:
    add(V(1), V(2))
except TypeError as e:
    print(e)


class M:
    def __mul__(self, o):
        return 'mul'

    def __sub__(self, o):
        return 'sub'

    def __truediv__(self, o):
        return 'div'

    def __pow__(self, o):
        return NotImplemented

    def __and__(self, o):
        return 'and'

    def __or__(self, o):
        return 'or'

    def __xor__(self, o):
        return 'xor'

    def __lshift__(self, o):
        return 'lshift'

    def __rshift__(self, o):
        return 'rshift'

    def __mod__(self, o):
        return 'mod'

    def __floordiv__(self, o):
        return 'floordiv'

    def __matmul__(self, o):
        return 'matmul'


m = M()
for _ in range(1000):
    r = [m * 1, m - 1, m / 1, m & 1, m | 1, m ^ 1, m << 1, m >> 1, m % 1, m // 1, m @ 1]
print(r)
try:
    m ** 2
except TypeError as e:
    print(e)


class Callable:
    def __call__(self, a, b):
        return 'callable instance as __add__'


class UsesCallable:
    __add__ = Callable()


try:
    print(UsesCallable() + 1)
except TypeError as e:
    print('TypeError', e)
