# Recursive containers print with ... markers as CPython does, for every container and for
# user classes whose __repr__ recurses through reprlib-free code.
a = [1]; a.append(a); print(a, repr(a), str(a), len(repr(a)))
b = [a, a]; print(b)
d = {'k': 1}; d['self'] = d; d['list'] = [d]; print(d)
t = ([],); t[0].append(t); print(t)
dl = {}; dl[1] = [dl, {2: dl}]; print(dl)
x = []; y = [x]; x.append(y); print(x, y)
od = {}; od['a'] = od.keys(); print(od)
od2 = {}; od2['v'] = od2.values(); print(od2)
od3 = {}; od3['i'] = od3.items(); print(od3)
s = set(); l = [s]; print(l)
class Node:
    def __init__(self):
        self.children = []
    def __repr__(self):
        return 'Node(%r)' % self.children
n = Node(); n.children.append([n.children])
print(n)
nested = []; cur = nested
for _ in range(5):
    nxt = []; cur.append(nxt); cur = nxt
cur.append(nested)
print(nested)
from collections import OrderedDict, deque
o = OrderedDict(); o['me'] = o; print(o)
q = deque([1]); q.append(q); print(q)
