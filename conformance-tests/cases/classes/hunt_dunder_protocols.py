class OnlyEq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
try:
    {OnlyEq(1)}
except TypeError as e:
    print(e)
print(OnlyEq.__hash__)
class Config:
    def __init__(self, **kw):
        object.__setattr__(self, "_data", dict(kw))
    def __getattr__(self, name):
        try:
            return self._data[name]
        except KeyError:
            raise AttributeError(f"no config key {name!r}") from None
    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError("private")
        self._data[name] = value
    def __delattr__(self, name):
        del self._data[name]
    def __contains__(self, k):
        return k in self._data
    def __repr__(self):
        return "Config(" + ", ".join([f"{k}={v!r}" for k, v in self._data.items()]) + ")"
c = Config(debug=True, level=3)
c.name = "x"
print(c.debug, c.level, c.name, "name" in c, c)
del c.name
print(c, getattr(c, "zzz", None), hasattr(c, "level"))
try:
    c.missing
except AttributeError as e:
    print(e)
try:
    c._hidden = 1
except AttributeError as e:
    print(e)
class Singleton:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        self.v = v
s1 = Singleton(1); s2 = Singleton(2)
print(s1 is s2, s1.v)
class Stack:
    def __init__(self): self._items = []
    def push(self, x): self._items.append(x); return self
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def __len__(self): return len(self._items)
    def __repr__(self): return f"Stack({self._items})"
    def __iter__(self): return iter(self._items[::-1])
s = Stack().push(1).push(2).push(3)
print(s, len(s), list(s), s.pop(), s, bool(Stack()), bool(s))
class Shared:
    items = []
    def add(self, x): self.items.append(x)
a, b = Shared(), Shared()
a.add(1); b.add(2)
print(a.items, Shared.items, a.items is b.items)
class Counter:
    count = 0
    def __init__(self):
        self.count += 1
x = Counter(); y = Counter()
print(x.count, Counter.count, x.__dict__)
class WithSlots:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1
w = WithSlots()
print(w.a)
class Base:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        print("subclass", cls.__name__, kw)
class Child(Base, tag="t"):
    pass
class Meta:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item}]"
print(Meta[int] if False else "skip")
class Eq2:
    def __eq__(self, o): return True
print(Eq2() == 1, 1 == Eq2(), Eq2() != 1, [Eq2()].count(5), 5 in [Eq2()])
class Cmp:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
    def __repr__(self): return f"C{self.v}"
print(sorted([Cmp(2), Cmp(1), Cmp(3)]), Cmp(1) < Cmp(2))
print(Cmp(1) == Cmp(1), Cmp(1) is Cmp(1))
class Len0:
    def __len__(self): return 0
print(bool(Len0()), not Len0())
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print(e)
class StrLen:
    def __len__(self): return "3"
try:
    len(StrLen())
except TypeError as e:
    print(e)
class BadStr:
    def __str__(self): return 5
try:
    str(BadStr())
except TypeError as e:
    print(e)
class BadRepr:
    def __repr__(self): return None
try:
    print([BadRepr()])
except TypeError as e:
    print(e)
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
class BadHash:
    def __hash__(self): return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(e)
