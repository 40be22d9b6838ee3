# Copies of instances of classes deriving from built-in types keep their class, their value and
# their attributes.
import copy


class L(list):
    pass


l = L([1, [2]])
l.tag = 'x'
m = copy.copy(l)
print(type(m).__name__, m, m.tag, m[1] is l[1])
n = copy.deepcopy(l)
print(type(n).__name__, n, n.tag, n[1] is l[1])


class D(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.extra = 1


d = D(a=[1])
e = copy.deepcopy(d)
print(type(e).__name__, e, e.extra, e['a'] is d['a'])
print(type(copy.copy(d)).__name__, copy.copy(d)['a'] is d['a'])


class I(int):
    pass


i = I(5)
i.note = 'n'
j = copy.copy(i)
print(type(j).__name__, j, j.note, copy.deepcopy(i).note)


class F(float):
    pass


print(type(copy.copy(F(1.5))).__name__, copy.deepcopy(F(2.5)))


class Str(str):
    pass


st = Str('abc')
st.lang = 'en'
print(type(copy.copy(st)).__name__, copy.deepcopy(st), copy.deepcopy(st).lang)


class T(tuple):
    pass


tt = T([1, [2]])
dt = copy.deepcopy(tt)
print(type(dt).__name__, dt, dt[1] is tt[1], type(copy.copy(tt)).__name__)


class Sx(set):
    pass


sx = Sx([1])
sx.k = 2
sy = copy.copy(sx)
print(type(sy).__name__, sy, sy.k)


class FS(frozenset):
    pass


print(type(copy.deepcopy(FS([1, 2]))).__name__, sorted(copy.deepcopy(FS([1, 2]))))


class BA(bytearray):
    pass


ba = BA(b'xy')
ba.enc = 'ascii'
bb = copy.deepcopy(ba)
print(type(bb).__name__, bb, bb.enc, bb is ba)


class By(bytes):
    pass


print(type(copy.copy(By(b'q'))).__name__, copy.deepcopy(By(b'q')))


class C(complex):
    pass


print(type(copy.copy(C(1, 2))).__name__, copy.deepcopy(C(1, 2)))


class SlottedList(list):
    __slots__ = ('meta',)


sl = SlottedList([3])
sl.meta = {'a': 1}
sm = copy.deepcopy(sl)
print(type(sm).__name__, sm, sm.meta, sm.meta is sl.meta)


class Cyclic(list):
    pass


cy = Cyclic()
cy.append(cy)
cy.me = cy
cz = copy.deepcopy(cy)
print(cz[0] is cz, cz.me is cz, cz is not cy)
