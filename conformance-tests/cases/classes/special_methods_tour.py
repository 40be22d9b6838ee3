def f(a, b=2, *, c=3):
    "doc"
    pass
print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__kwdefaults__)
f.attr = 5
print(f.__dict__)
def deco(arg):
    def wrap(fn):
        def inner(*a, **k):
            return (arg, fn(*a, **k))
        return inner
    return wrap
@deco('x')
def g(v): return v * 2
print(g(4))
class V:
    def __init__(self, v): self.v = v
    def __add__(self, o): return V(self.v + o.v) if isinstance(o, V) else NotImplemented
    def __radd__(self, o): return V(self.v + o)
    def __iadd__(self, o): self.v += 100; return self
    def __repr__(self): return f'V({self.v})'
    def __len__(self): return self.v
    def __contains__(self, x): return x == self.v
    def __getitem__(self, i): return i * 2
    def __call__(self, *a): return a
    def __bool__(self): return False
    def __neg__(self): return V(-self.v)
    def __eq__(self, o): return isinstance(o, V) and o.v == self.v
    def __hash__(self): return hash(self.v)
    def __lt__(self, o): return self.v < o.v
v = V(1)
print(v + V(2), 3 + v, len(v), 1 in v, v[5], v(1, 2), bool(v), -v)
v += V(1); print(v)
print(sorted([V(3), V(1), V(2)]))
print({V(1): 'a'}[V(1)])
class M(type):
    def __new__(mcs, name, bases, ns, **kw):
        ns['added'] = name.lower()
        return super().__new__(mcs, name, bases, ns)
class K(metaclass=M): pass
print(K.added, type(K).__name__)
class S:
    def __new__(cls, *a):
        print('new', a)
        return super().__new__(cls)
    def __init__(self, *a): print('init', a)
S(1, 2)
@staticmethod
def sm(): return 1
def cd(cls): cls.decorated = True; return cls
@cd
class D: pass
print(D.decorated)
x = [1, 2, 3, 4, 5]
del x[1:3]; print(x)
d = {'a': 1}; del d['a']; print(d)
print((y := 5), y)
print(1 < 2 < 3, 1 < 3 < 2)
