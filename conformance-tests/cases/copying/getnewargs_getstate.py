# object.__reduce_ex__ consults __getnewargs_ex__, __getnewargs__ and __getstate__, and
# validates what they return; object.__getstate__ of 3.11 and __slots__.
import copy


def show(v):
    if isinstance(v, tuple):
        return '(' + ', '.join(show(x) for x in v) + (',)' if len(v) == 1 else ')')
    if callable(v) and not isinstance(v, type) and hasattr(v, '__name__'):
        return v.__name__
    return repr(v)


class KwOnly:
    def __new__(cls, a, *, b=0):
        self = super().__new__(cls)
        self.a, self.b = a, b
        return self

    def __getnewargs_ex__(self):
        return (self.a,), {'b': self.b}

    def __repr__(self):
        return 'KwOnly(%r, b=%r)' % (self.a, self.b)


k = KwOnly(1, b=2)
print(show(k.__reduce_ex__(2)))
print(copy.copy(k), copy.deepcopy(k))


class NoKw(KwOnly):
    def __getnewargs_ex__(self):
        return (self.a,), {}


print(show(NoKw(3).__reduce_ex__(4)))


class Args:
    def __new__(cls, *args):
        self = super().__new__(cls)
        self.args = args
        return self

    def __getnewargs__(self):
        return self.args

    def __repr__(self):
        return 'Args%r' % (self.args,)


print(show(Args(1, [2]).__reduce_ex__(2)))
a = Args(1, [2])
b = copy.deepcopy(a)
print(b, b.args[1] is a.args[1])

bad_results = [5, [1], ((1,), {}, 3), ([1], {}), ((1,), [])]
for result in bad_results:
    class Bad:
        def __getnewargs_ex__(self, result=result):
            return result
    try:
        Bad().__reduce_ex__(2)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
for result in [5, [1], None]:
    class Bad:
        def __getnewargs__(self, result=result):
            return result
    try:
        Bad().__reduce_ex__(2)
    except TypeError as e:
        print('TypeError:', e)


class State:
    def __init__(self):
        self.a = 1
        self.b = 2


s = State()
print(s.__getstate__(), object.__getstate__(s))
print(object().__getstate__(), [1].__getstate__(), State.__getstate__ is object.__getstate__)
s.__dict__.clear()
print(s.__getstate__(), show(s.__reduce_ex__(2)))


class Slots:
    __slots__ = ('x', 'y', '__private')

    def __init__(self):
        self.x = 1
        self.__private = 3


class MoreSlots(Slots):
    __slots__ = ('z', '__dict__')


ss = Slots()
print(ss.__getstate__(), show(ss.__reduce_ex__(2)))
ms = MoreSlots()
ms.z = 4
ms.extra = 5
print(ms.__getstate__())
print(sorted(Slots.__dict__['__slotnames__']), MoreSlots.__dict__['__slotnames__'])
print('__slotnames__' in State.__dict__)
State().__reduce_ex__(2)
print(State.__dict__['__slotnames__'])


class OwnState:
    def __init__(self):
        self.v = 1

    def __getstate__(self):
        return ('custom', self.v)

    def __setstate__(self, state):
        self.restored = state


print(show(OwnState().__reduce_ex__(3)))
print(copy.copy(OwnState()).restored, copy.deepcopy(OwnState()).__dict__)


class FalseState:
    def __getstate__(self):
        return {}


print(show(FalseState().__reduce_ex__(2)), show(FalseState().__reduce_ex__(0)))


class ML(list):
    __slots__ = ('tag',)


m = ML([1])
m.tag = 't'
print(m.__getstate__(), show(m.__reduce_ex__(2))[:60])


class MD(dict):
    pass


md = MD(a=1)
md.extra = [2]
print(md.__getstate__(), show(md.__reduce_ex__(2))[:55])
