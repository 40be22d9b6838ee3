class P:
    __slots__ = ('x', 'y', '__secret')
    def __init__(self, x, y):
        self.x = x; self.y = y
        self.__secret = x + y
    def secret(self):
        return self.__secret
p = P(1, 2)
print(p.x, p.y, p.secret())
try:
    p.z = 3
except AttributeError as e:
    print(e)
print(hasattr(p, '__dict__'), sorted(n for n in P.__dict__ if not n.startswith('__')))
print(P.x)
del p.x
try:
    p.x
except AttributeError as e:
    print(e)
class Q(P):
    pass
q = Q(3, 4)
q.z = 5
print(q.z, q.__dict__)
class R(P):
    __slots__ = ('w',)
r = R(1, 1)
r.w = 9
print(r.w)
try:
    r.v = 1
except AttributeError as e:
    print(e)
class S:
    __slots__ = 'only'
s = S(); s.only = 1; print(s.only)
class WithDict:
    __slots__ = ('a', '__dict__')
w = WithDict(); w.a = 1; w.b = 2; print(w.a, w.__dict__)
for bad in [(1,), ('x',)]:
    try:
        class Bad:
            __slots__ = bad
            x = 1
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
