class Meta(type):
    registry = []
    def __new__(mcs, name, bases, ns, **kw):
        print('Meta.__new__', name, sorted(k for k in ns if not k.startswith('__')), kw)
        cls = super().__new__(mcs, name, bases, ns)
        mcs.registry.append(name)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print('Meta.__init__', name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kw):
        print('Meta.__call__', cls.__name__, args)
        return super().__call__(*args, **kw)
    def describe(cls):
        return f'class {cls.__name__}'
    @property
    def upper(cls):
        return cls.__name__.upper()

class Base(metaclass=Meta):
    def __init_subclass__(cls, flag=None, **kw):
        super().__init_subclass__(**kw)
        cls.flag = flag
    def method(self):
        return 'method of ' + type(self).__name__

class Child(Base, flag=True):
    def method(self):
        return super().method() + '!'

c = Child()
print(c.method(), Child.flag, type(Child).__name__, isinstance(Child, Meta), Meta.registry)
print(Child.describe(), Child.upper)
Dyn = Meta('Dyn', (object,), {'x': 1})
print(Dyn.x, type(Dyn) is Meta)

class Singleton(type):
    _instances = {}
    def __call__(cls, *a):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a)
        return cls._instances[cls]

class Config(metaclass=Singleton):
    def __init__(self, v):
        self.v = v

print(Config(1) is Config(2), Config(3).v)

class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    class C(A, B): pass
except TypeError as e:
    print(e)
class M3(M1): pass
class D(A, metaclass=M3): pass
print(type(D).__name__)
class E(D): pass
print(type(E).__name__)
print(type('T', (), {}).__name__, type(type('T', (), {})).__name__)
