# A metaclass's __setattr__, __delattr__, __reversed__ and data descriptors act on its classes,
# and type.__setattr__/__delattr__ are what super() reaches from them.
import enum


class Meta(type):
    def __reversed__(cls):
        return iter(['r', 'e', 'v'])

    def __iter__(cls):
        return iter([1, 2, 3])

    def __len__(cls):
        return 3

    def __setattr__(cls, name, value):
        print('setattr', cls.__name__, name, value)
        super().__setattr__(name, value.upper() if isinstance(value, str) else value)

    def __delattr__(cls, name):
        print('delattr', cls.__name__, name)
        super().__delattr__(name)

    def __getitem__(cls, k):
        return k * 2


class C(metaclass=Meta):
    x = 1


print(list(reversed(C)), list(C), len(C), C[4])
C.y = 'abc'
print(C.y)
setattr(C, 'z', 'q')
print(C.z)
del C.y
delattr(C, 'z')
print(hasattr(C, 'y'), hasattr(C, 'z'))


class D(C):
    pass


D.w = 'k'
print(D.w, 'w' in D.__dict__, 'w' in C.__dict__)


class Frozen(type):
    def __setattr__(cls, name, value):
        raise AttributeError('frozen ' + name)

    def __delattr__(cls, name):
        raise AttributeError('cannot delete ' + name)


class E(metaclass=Frozen):
    a = 1


for action in (lambda: setattr(E, 'a', 2), lambda: delattr(E, 'a')):
    try:
        action()
    except AttributeError as e:
        print('AttributeError:', e)
print(E.a)
type.__setattr__(E, 'a', 5)
print(E.a)
type.__delattr__(E, 'a')
print(hasattr(E, 'a'))


class WithProperty(type):
    @property
    def level(cls):
        return cls.__dict__.get('_level', 0)

    @level.setter
    def level(cls, v):
        type.__setattr__(cls, '_level', v * 10)


class P(metaclass=WithProperty):
    pass


P.level = 3
print(P.level, P._level)

for f in (lambda: object.__setattr__(C, 'x', 1), lambda: object.__delattr__(C, 'x'),
          lambda: type.__setattr__(int, 'x', 1), lambda: type.__setattr__(1, 'x', 1),
          lambda: type.__delattr__(C, 'nothing')):
    try:
        f()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(type.__dict__['__setattr__'], type.__dict__['__delattr__'])


class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


print(list(reversed(Color)), [c.name for c in Color])
try:
    Color.RED = 5
except AttributeError as e:
    print('AttributeError:', e)
try:
    del Color.GREEN
except AttributeError as e:
    print('AttributeError:', e)
Color.extra = 'fine'
print(Color.extra, len(Color))
