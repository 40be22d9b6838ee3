# list mutators at their edges: insert at negative/huge positions, extend with itself and with
# iterators, remove/index with equal-but-not-identical items, pop positions, del with slices,
# augmented slice assignment from generators, copy vs alias, and clear while referenced.
l = [1, 2, 3]
l.insert(-1, 'a'); l.insert(-100, 'b'); l.insert(100, 'c'); l.insert(1, 'd'); print(l)
l.extend(l); print(len(l), l[:4])
l.extend(iter('xy')); l.extend(range(2)); l.extend({'k': 1}); l.extend(()); print(l[-6:])
m = [1.0, 1, True, 'x']; print(m.index(1), m.count(1), m.count(True), 1 in m, m.remove(True), m, m.pop(-1), m.pop(0), m)
n = list(range(10)); del n[::3]; del n[-2:]; del n[:0]; print(n); del n[:]; print(n)
p = list(range(5)); p[1:3] = (x * 10 for x in range(4)); print(p); p[::2] = map(str, range(4)); print(p)
q = [1, 2]; alias = q; q = q + [3]; print(alias, q); q2 = alias; alias += [4]; print(q2 is alias, q2)
r = [[0] * 2 for _ in range(2)]; r[0][0] = 1; print(r); s = [[0] * 2] * 2; s[0][0] = 1; print(s)
t = [3, 1, 2]; u = t; t.clear(); print(u, t is u)
v = [1, 2, 3, 4, 5]; v[1:4] = v[1:4][::-1]; print(v); v[:] = v[::-1]; print(v); v[len(v):] = [0]; print(v)
w = [0, 1, 2]; w[-1:-4:-1] = ['a', 'b', 'c']; print(w)
for f in (lambda: w.insert(), lambda: w.insert('a', 1), lambda: w.extend(5), lambda: w.extend(None), lambda: w.pop('x'), lambda: w.pop(1, 2), lambda: w.index(), lambda: w.count(),
          lambda: w.remove(), lambda: w.append(), lambda: w.append(1, 2), lambda: w.__setitem__(slice(-1, -4, -1), [1]), lambda: w.sort(reverse=None), lambda: w.sort(1)):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
print(w, [].__class__.__name__, list.__name__, [1, 2].__contains__(2), [1, 2].__len__(), [1].__add__([2]), [1].__mul__(2), [1].__eq__([1]), [1].__lt__([2]), [1].__iadd__([5]))
