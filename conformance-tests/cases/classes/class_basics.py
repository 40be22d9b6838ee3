# Classes: methods, special methods, properties, static and class methods, inheritance, super(), MRO, exception subclasses, iterators.
class Point:
    count = 0

    def __init__(self, x, y):
        self.x = x
        self.y = y
        Point.count += 1

    def __repr__(self):
        return "Point(" + repr(self.x) + ", " + repr(self.y) + ")"

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x and self.y == other.y

    def __hash__(self):
        return hash((self.x, self.y))

    def norm2(self):
        return self.x * self.x + self.y * self.y

    @property
    def tuple(self):
        return (self.x, self.y)

    @staticmethod
    def origin():
        return Point(0, 0)

    @classmethod
    def make(cls, v):
        return cls(v, v)

p = Point(1, 2)
q = Point(3, 4)
print(p, q, p + q, (p + q).norm2(), p.tuple, Point.origin(), Point.make(5))
print(p == Point(1, 2), p != q, Point.count, {p: 1}[Point(1, 2)])
print(type(p).__name__, isinstance(p, Point), isinstance(1, Point), Point.__name__, Point.__qualname__)

class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + " makes a sound"
    def __str__(self):
        return "Animal " + self.name

class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def speak(self):
        return super().speak() + ": Woof (" + self.breed + ")"

d = Dog("Rex", "lab")
print(d.speak(), str(d), isinstance(d, Animal), issubclass(Dog, Animal), issubclass(Animal, Dog))
print([c.__name__ for c in Dog.__mro__])

class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B>" + super().who()
class C(A):
    def who(self):
        return "C>" + super().who()
class D(B, C):
    def who(self):
        return "D>" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])

class MyError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code

try:
    raise MyError(42, "bad thing")
except MyError as e:
    print("caught", e.code, e, repr(e), e.args, isinstance(e, Exception))

class Stack:
    def __init__(self):
        self.items = []
    def push(self, v):
        self.items.append(v)
        return self
    def __len__(self):
        return len(self.items)
    def __iter__(self):
        return iter(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __contains__(self, v):
        return v in self.items
    def __bool__(self):
        return len(self.items) > 0

s = Stack().push(1).push(2).push(3)
print(len(s), list(s), s[0], 2 in s, 5 in s, bool(s), bool(Stack()))
for v in s:
    print("item", v)

class Counter:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Counter(4)), sum(Counter(10)))

class Temperature:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v
t = Temperature()
t.celsius = 25
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print("error:", e)

class Plain:
    pass
try:
    Plain(1)
except TypeError as e:
    print(e)
o = Plain()
o.a = 1
print(o.a, hasattr(o, "a") if False else "skip")
try:
    o.b
except AttributeError as e:
    print(e)
class Callable:
    def __call__(self, x):
        return x * 2
print(Callable()(21))
