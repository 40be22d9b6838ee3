# Creating instances through warm call sites stays right when the class changes afterwards.
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def make(a, b):
    return P(a, b)


s = 0
for i in range(3000):
    s += make(i, 1).x
print(s)

# A new __init__ is used at once.
def init3(self, x, y):
    self.x = x * 3
    self.y = y
P.__init__ = init3
print(make(2, 0).x)

# __init__ returning something else is a TypeError, as in CPython.
P.__init__ = lambda self, x, y: 5
try:
    make(1, 2)
except TypeError as e:
    print("TypeError:", e)

# A __new__ added later runs first.
def new(cls, *args):
    print("new", cls.__name__, args)
    return object.__new__(cls)
P.__init__ = init3
P.__new__ = staticmethod(new)
print(make(1, 2).x)

# The wrong number of arguments for __init__.
try:
    make(1, 2) and P(1)
except TypeError as e:
    print("TypeError:", e)

# Classes with no __init__ of their own, and subclasses, through one site.
class Q:
    pass


class R(P):
    def __init__(self, x, y):
        super().__init__(x, y)
        self.r = True


def build(cls, *args):
    return cls(*args)


def build0(cls):
    return cls()


print(type(build0(Q)).__name__, build(R, 1, 2).r, build(R, 1, 2).x)
try:
    build(Q, 1)
except TypeError as e:
    print("TypeError:", e)
