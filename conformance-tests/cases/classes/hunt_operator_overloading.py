class Vector:
    def __init__(self, *coords):
        self.coords = tuple(coords)
    def __repr__(self):
        return "Vector" + repr(self.coords)
    def __add__(self, o):
        return Vector(*[a + b for a, b in zip(self.coords, o.coords)])
    def __sub__(self, o):
        return Vector(*[a - b for a, b in zip(self.coords, o.coords)])
    def __mul__(self, k):
        if isinstance(k, Vector):
            return sum([a * b for a, b in zip(self.coords, k.coords)])
        return Vector(*[a * k for a in self.coords])
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return Vector(*[-a for a in self.coords])
    def __abs__(self):
        return sum([a * a for a in self.coords]) ** 0.5
    def __eq__(self, o):
        return isinstance(o, Vector) and self.coords == o.coords
    def __len__(self):
        return len(self.coords)
    def __getitem__(self, i):
        return self.coords[i]
    def __iadd__(self, o):
        self.coords = (self + o).coords
        return self
    def __bool__(self):
        return any(self.coords)
    def __hash__(self):
        return hash(self.coords)
    def __truediv__(self, k):
        return Vector(*[a / k for a in self.coords])
    def __floordiv__(self, k):
        return Vector(*[a // k for a in self.coords])
    def __mod__(self, k):
        return Vector(*[a % k for a in self.coords])
    def __pow__(self, k):
        return Vector(*[a ** k for a in self.coords])
    def __matmul__(self, o):
        return self * o
    def __call__(self, i):
        return self.coords[i]
    def __lt__(self, o):
        return abs(self) < abs(o)
    def __le__(self, o):
        return abs(self) <= abs(o)

v = Vector(1, 2)
w = Vector(3, 4)
print(v + w, v - w, v * 3, 3 * v, -v, abs(w), v * w, v @ w)
print(v == Vector(1, 2), v != w, v < w, v <= w, v > w, v >= w)
print(len(v), v[0], v[-1], v[:1], bool(Vector(0, 0)), bool(v), v(1))
u = v
u = u.__iadd__(w)
print(u, v, u is v)
print(w / 2, w // 3, w % 3, w ** 2)
print(sorted([w, v, Vector(0, 1)]), max([w, Vector(0, 1)]))
print({v: 1}[Vector(4, 6)])
try:
    v + 1
except AttributeError as e:
    print(e)
class Money:
    def __init__(self, c): self.c = c
    def __radd__(self, other):
        return Money(self.c + other) if isinstance(other, int) else NotImplemented
    def __add__(self, other):
        if isinstance(other, Money): return Money(self.c + other.c)
        if isinstance(other, int): return Money(self.c + other)
        return NotImplemented
    def __repr__(self): return f"Money({self.c})"
print(sum([Money(1), Money(2), Money(3)]), 5 + Money(1), Money(1) + 5)
try:
    Money(1) + "x"
except TypeError as e:
    print(e)
try:
    "x" + Money(1)
except TypeError as e:
    print(e)
try:
    v < 3
except Exception as e:
    print(type(e).__name__, e)
try:
    Money(1) < Money(2)
except TypeError as e:
    print(e)
try:
    Money(1) * 2
except TypeError as e:
    print(e)
try:
    -Money(1)
except TypeError as e:
    print(e)
try:
    len(Money(1))
except TypeError as e:
    print(e)
try:
    Money(1)[0]
except TypeError as e:
    print(e)
try:
    for m in Money(1): pass
except TypeError as e:
    print(e)
try:
    Money(1)()
except TypeError as e:
    print(e)
print(Money(1) == Money(1), Money(1) != Money(1))
