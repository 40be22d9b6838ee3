# copy.copy and copy.deepcopy of instances of classes without __copy__: through
# __reduce_ex__(4), __getstate__/__setstate__, __slots__ and __getnewargs__.
import copy


class P:
    def __init__(self, x):
        self.x = x
        self.items = [x]


p = P(1)
q = copy.copy(p)
print(type(q).__name__, q.x, q.items is p.items, q is p)
r = copy.deepcopy(p)
print(r.x, r.items is p.items, r.items == p.items)


class S:
    __slots__ = ('a', 'b', '__c')

    def __init__(self):
        self.a = [1]
        self.__c = 3


s = S()
t = copy.copy(s)
print(t.a is s.a, hasattr(t, 'b'), t._S__c)
u = copy.deepcopy(s)
print(u.a is s.a, u.a, u._S__c)
print(S.__slotnames__)


class Both(S):
    __slots__ = ('__dict__',)


b = Both()
b.b = 'bee'
b.free = {'k': [1]}
c = copy.deepcopy(b)
print(c.a, c.b, c.free, c.free['k'] is b.free['k'], c._S__c)


class G:
    def __init__(self):
        self.v = 1

    def __getstate__(self):
        return {'v': self.v * 10}

    def __setstate__(self, state):
        self.v = state['v'] + 1


print(copy.copy(G()).v, copy.deepcopy(G()).v)


class OnlyGet:
    def __init__(self):
        self.v = [1]

    def __getstate__(self):
        return {'w': self.v}


o = copy.deepcopy(OnlyGet())
print(o.__dict__)


class Tuple2State:
    def __getstate__(self):
        return ({'d': 1}, {'s': 2})


print(vars(copy.copy(Tuple2State())))


class NB:
    def __new__(cls, a):
        o = super().__new__(cls)
        o.a = a
        return o

    def __getnewargs__(self):
        return (self.a,)


n = NB([4])
m = copy.deepcopy(n)
print(m.a, m.a is n.a)


class R:
    def __reduce__(self):
        return (R, (), {'z': 9})


print(copy.copy(R()).z, copy.deepcopy(R()).z)


class RS:
    def __reduce__(self):
        return 'RS_SINGLETON'


RS_SINGLETON = RS()
print(copy.copy(RS_SINGLETON) is RS_SINGLETON, copy.deepcopy(RS_SINGLETON) is RS_SINGLETON)


class RL:
    def __init__(self):
        self.data = []

    def append(self, x):
        self.data.append(x)

    def __reduce__(self):
        return (RL, (), None, iter(self.data))


rl = RL()
rl.append([1])
print(copy.copy(rl).data, copy.deepcopy(rl).data[0] is rl.data[0])


class Copier:
    def __init__(self):
        self.log = []

    def __copy__(self):
        self.log.append('copy')
        return 'shallow'

    def __deepcopy__(self, memo):
        self.log.append(type(memo).__name__)
        return 'deep'


cp = Copier()
print(copy.copy(cp), copy.deepcopy(cp), copy.deepcopy([cp, cp]), cp.log)


class Ex(Exception):
    pass


e = Ex('msg', 2)
e.note = 'n'
e2 = copy.copy(e)
print(type(e2).__name__, e2.args, e2.note, e2 is e)
print(copy.deepcopy(ValueError([1])).args)


class M:
    def f(self):
        return self


mm = M()
bm = copy.deepcopy(mm.f)
print(bm.__self__ is not mm, type(bm.__self__).__name__, copy.copy(mm.f) == mm.f)
print(copy.copy(M) is M, copy.deepcopy(M) is M, copy.copy(len) is len, copy.deepcopy(print) is print)
