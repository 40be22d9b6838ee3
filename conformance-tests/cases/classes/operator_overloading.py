# A vector class with arithmetic, comparison, unary and container operators.
class Vec:
    def __init__(self, *xs):
        self.xs = xs

    def __add__(self, o):
        return Vec(*(a + b for a, b in zip(self.xs, o.xs)))

    def __sub__(self, o):
        return Vec(*(a - b for a, b in zip(self.xs, o.xs)))

    def __mul__(self, k):
        return Vec(*(a * k for a in self.xs))

    __rmul__ = __mul__

    def __neg__(self):
        return self * -1

    def __abs__(self):
        return sum(a * a for a in self.xs) ** 0.5

    def __eq__(self, o):
        return isinstance(o, Vec) and self.xs == o.xs

    def __lt__(self, o):
        return abs(self) < abs(o)

    def __len__(self):
        return len(self.xs)

    def __getitem__(self, i):
        return self.xs[i]

    def __repr__(self):
        return f'Vec{self.xs}'


a, b = Vec(1, 2), Vec(3, 4)
print(a + b, b - a, a * 3, 2 * a, -a, abs(b), a == Vec(1, 2), a < b, sorted([b, a]), len(a), a[1], list(a))
try:
    a / 2
except TypeError as e:
    print(e)
