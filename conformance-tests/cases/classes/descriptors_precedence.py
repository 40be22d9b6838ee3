# Data descriptors beat the instance dict, which beats non-data descriptors and class attributes.
class Data:
    def __get__(self, obj, owner):
        return 'data descriptor' if obj is not None else 'data on class'

    def __set__(self, obj, value):
        obj.__dict__['stored'] = value


class NonData:
    def __get__(self, obj, owner):
        return 'non-data descriptor'


class C:
    d = Data()
    n = NonData()
    plain = 'class attribute'


c = C()
c.__dict__['d'] = 'instance d'
c.__dict__['n'] = 'instance n'
c.__dict__['plain'] = 'instance plain'
print(c.d, c.n, c.plain, C.d, C.n)
c.d = 5
print(c.__dict__['stored'], c.d)
del c.__dict__['n']
print(c.n)


class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        self.name = '_' + name

    def __get__(self, obj, owner):
        return getattr(obj, self.name) if obj is not None else self

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f'{self.name[1:]} must be {self.kind.__name__}')
        setattr(obj, self.name, value)


class Point:
    x = Typed(int)
    y = Typed(int)

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.x, p.y, sorted(vars(p)))
try:
    p.x = 'one'
except TypeError as e:
    print(e)
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError('nope')
try:
    class C:
        attr = Bad()
except RuntimeError as e:
    print(e, repr(e.__cause__))
