# __getattr__ only for missing attributes, __getattribute__ for all, __setattr__/__delattr__, and
# properties with setters and deleters.
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, '_target', target)
        object.__setattr__(self, 'log', [])

    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        self.log.append('set ' + name)
        setattr(self._target, name, value)


class Target:
    x = 1


t = Target()
p = Proxy(t)
p.y = 2
print(p.x, p.y, t.y, p.log)
try:
    p.missing
except AttributeError as e:
    print(e)


class Celsius:
    def __init__(self):
        self._c = 0

    @property
    def c(self):
        return self._c

    @c.setter
    def c(self, value):
        if value < -273.15:
            raise ValueError('below absolute zero')
        self._c = value

    @c.deleter
    def c(self):
        print('deleting')
        self._c = None

    @property
    def f(self):
        return self._c * 9 / 5 + 32


t = Celsius()
t.c = 100
print(t.c, t.f)
try:
    t.c = -300
except ValueError as e:
    print(e)
try:
    t.f = 1
except AttributeError as e:
    print(e)
del t.c
print(t.c)


class Everything:
    def __getattribute__(self, name):
        if name.startswith('secret'):
            raise AttributeError(name + ' is hidden')
        return 'got ' + name

    def __getattr__(self, name):
        return 'fallback for ' + name


e = Everything()
print(e.anything, e.secret_key)
