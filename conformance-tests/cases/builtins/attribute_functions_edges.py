# getattr/setattr/delattr/hasattr/vars/dir on instances, classes, modules and built-ins,
# including properties, __slots__, __getattr__ fallbacks and the errors of each.
import math
class P:
    cls_attr = 'C'
    __slots__ = ('a', '__dict__')
    def __init__(self):
        self.a = 1
    @property
    def ro(self):
        return 'ro'
    @property
    def rw(self):
        return getattr(self, '_rw', None)
    @rw.setter
    def rw(self, v):
        self._rw = v * 2
    @rw.deleter
    def rw(self):
        del self._rw
p = P()
p.extra = 5; p.rw = 4
print(getattr(p, 'a'), getattr(p, 'extra'), p.rw, getattr(p, 'cls_attr'), hasattr(p, 'ro'), hasattr(p, 'missing'), vars(p), sorted(n for n in dir(p) if not n.startswith('__')))
del p.rw; print(p.rw); delattr(p, 'extra'); print(hasattr(p, 'extra'), 'a' in dir(p))
for f in (lambda: setattr(p, 'ro', 1), lambda: delattr(p, 'ro'), lambda: delattr(p, 'a') or delattr(p, 'a'), lambda: getattr(p, 'zz'), lambda: P.zz, lambda: getattr(math, 'nope'),
          lambda: setattr(p, 5, 1), lambda: getattr(p), lambda: hasattr(p, None), lambda: vars(5), lambda: vars(p, p), lambda: delattr(P, 'nope'), lambda: setattr(int, 'x', 1),
          lambda: setattr([], 'x', 1), lambda: getattr([], 'appendx'), lambda: object().__dict__, lambda: math.nope):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
class Dyn:
    def __getattr__(self, name):
        if name.startswith('x'):
            return name.upper()
        raise AttributeError(f'no {name}')
d = Dyn()
print(d.xyz, getattr(d, 'xa'), hasattr(d, 'y'), getattr(d, 'y', 'dflt'))
try:
    d.yes
except AttributeError as e:
    print('AttributeError:', e)
class Ga:
    def __getattribute__(self, name):
        if name == 'secret':
            raise AttributeError('hidden')
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return 'fallback:' + name
g = Ga(); g.v = 1
print(g.v, g.secret, g.other, hasattr(g, 'secret'))
class S:
    __slots__ = ('x',)
s = S()
for f in (lambda: s.x, lambda: setattr(s, 'y', 1), lambda: s.__dict__, lambda: vars(s)):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
s.x = 3; print(s.x, S.x.__class__.__name__, hasattr(S, '__dict__'), '__weakref__' in dir(S))
print(getattr(math, 'pi'), hasattr(math, 'tau'), 'sqrt' in dir(math), type(vars(math)).__name__, vars(math) is math.__dict__, getattr(str, 'upper')('q'), getattr('abc', 'upper')())
