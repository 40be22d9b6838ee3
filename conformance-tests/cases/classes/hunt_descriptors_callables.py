class Sliceable:
    def __init__(self, data): self.data = data
    def __getitem__(self, key):
        if isinstance(key, slice):
            print("slice", key, key.start if False else "")
            return Sliceable(self.data[key])
        return self.data[key]
    def __repr__(self): return f"S{self.data}"
s = Sliceable(list(range(10)))
print(s[2:5], s[::3], s[-1], s[1:8:2][1])
print(slice(1, 2), slice(None, 5, None), repr(slice(3)))
class Typed:
    def __init__(self, name, kind):
        self.name = "_" + name
        self.kind = kind
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.name, value)
class Person:
    name = Typed("name", str)
    age = Typed("age", int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person("Ann", 30)
print(p.name, p.age, type(Person.name).__name__)
try:
    p.age = "old"
except TypeError as e:
    print(e)
class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *a, **k):
        self.calls += 1
        return self.fn(*a, **k)
@CountCalls
def square(x): return x * x
print(square(3), square(4), square.calls)
class Base:
    registry = []
    @classmethod
    def create(cls, *a):
        obj = cls(*a)
        cls.registry.append(cls.__name__)
        return obj
    def __init__(self, v=0): self.v = v
class Derived(Base): pass
print(type(Derived.create(1)).__name__, Base.registry)
class NI:
    def __eq__(self, o): return NotImplemented
a = NI()
print(a == a, a == NI(), a != NI(), NI() == 1)
class G:
    def __init__(self, v): self.v = v
    def __gt__(self, o):
        print("gt called")
        return self.v > o.v
print(G(1) < G(2))
class ItOnly:
    def __iter__(self): return iter([1, 2, 3])
print(2 in ItOnly(), 5 in ItOnly(), list(ItOnly()), sorted(ItOnly(), reverse=True), max(ItOnly()))
class Idx:
    def __index__(self): return 2
print("skip index")
class Num:
    def __int__(self): return 7
    def __float__(self): return 7.5
    def __round__(self, n=None): return "rounded" if n is None else f"r{n}"
    def __abs__(self): return "abs!"
    def __neg__(self): return "neg!"
    def __pos__(self): return "pos!"
    def __invert__(self): return "inv!"
print(abs(Num()), -Num(), +Num(), ~Num())
class Base2:
    @property
    def label(self): return "base"
class Over(Base2):
    @property
    def label(self): return "over+" + super().label
print(Over().label)
class Cls:
    def __init__(self, x): self.x = x
    def __eq__(self, o): return isinstance(o, Cls) and self.x == o.x
    __hash__ = None
try:
    hash(Cls(1))
except TypeError as e:
    print(e)
print(Cls(1) in [Cls(0), Cls(1)], [Cls(1)].index(Cls(1)), [Cls(2), Cls(2)].count(Cls(2)))
class Chain:
    def __init__(self): self.ops = []
    def add(self, x):
        self.ops.append(("add", x)); return self
    def mul(self, x):
        self.ops.append(("mul", x)); return self
    def run(self, v):
        for op, x in self.ops:
            v = v + x if op == "add" else v * x
        return v
print(Chain().add(2).mul(3).add(-1).run(1))
class Temp:
    unit = "C"
    def __init__(self, deg): self.deg = deg
    def __str__(self): return f"{self.deg}°{self.unit}"
class F(Temp):
    unit = "F"
print(Temp(3), F(4), str(F(5)), f"{F(6)!s}|{F(6)!r}"[:12])
class Attrs:
    pass
o = Attrs()
o.x = 1
o.y = [1]
setattr(o, "z z", 3)
print(sorted(o.__dict__.items()), getattr(o, "z z"))
print(type(o).__name__, type(Attrs), type(type), type(o).__mro__)
print(isinstance(Attrs, type), isinstance(o, Attrs), callable(Attrs), callable(o))
