# deepcopy keeps shared and cyclic structure through its memo, and accepts a memo of its own.
import copy

a = [1]
a.append(a)
b = copy.deepcopy(a)
print(b[1] is b, b is not a, b[0])
shared = [1]
pair = [shared, shared]
c = copy.deepcopy(pair)
print(c[0] is c[1], c[0] is not shared)
t = (shared, shared, 'x')
u = copy.deepcopy(t)
print(u[0] is u[1], u is not t, u[2] is t[2])
atoms = (1, 'a', None, 2.5)
print(copy.deepcopy(atoms) is atoms, copy.copy(atoms) is atoms)
d = {'self': None}
d['self'] = d
e = copy.deepcopy(d)
print(e['self'] is e)
lt = [0]
tl = (lt,)
lt[0] = tl
ct = copy.deepcopy(tl)
print(ct[0][0] is ct, type(ct).__name__)


class Node:
    def __init__(self, name):
        self.name = name
        self.links = []


x = Node('x')
y = Node('y')
x.links.append(y)
y.links.append(x)
x2 = copy.deepcopy(x)
print(x2.links[0].links[0] is x2, x2.links[0].name, x2 is not x)

memo = {}
first = copy.deepcopy(pair, memo)
print(id(pair) in memo, id(shared) in memo, memo[id(pair)] is first)
print(id(memo) in memo, len(memo[id(memo)]))
again = copy.deepcopy(pair, memo)
print(again is first)
preset = {id(shared): 'replaced'}
print(copy.deepcopy([shared, 5], preset))


class Memo:
    def __deepcopy__(self, memo):
        memo['seen'] = True
        return 'copied'


m = {}
print(copy.deepcopy([Memo()], m), m.get('seen'))
s = {1, 2}
fs = frozenset([(1, 2)])
print(copy.deepcopy(s) == s, copy.deepcopy(s) is not s, copy.deepcopy(fs) == fs)
ba = bytearray(b'ab')
print(copy.deepcopy([ba, ba])[0] is copy.deepcopy([ba, ba])[1])
lst = [ba, ba]
dl = copy.deepcopy(lst)
print(dl[0] is dl[1], dl[0] is not ba)
sl = slice(1, [2])
print(copy.copy(sl) is sl, copy.deepcopy(sl) == sl)
r = range(3)
print(copy.copy(r) is r, copy.deepcopy(r) is r)
