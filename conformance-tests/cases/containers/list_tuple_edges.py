# list and tuple: slicing assignment rules, sort stability and errors, comparisons, index/count
# bounds, repetition, in-place operators, recursive reprs and error messages.
a = list(range(10))
a[2:5] = ['x']; print(a)
a[::3] = [0, 0, 0]; print(a)
del a[::2]; print(a)
a[1:1] = 'ab'; print(a)
a[-1:] = (); print(a)
a[5:2] = [9]; print(a)
b = [1, 2, 3]; b[len(b):] = [4]; b[:0] = [0]; print(b, b.index(2, -3), b.count(5), b.index(4, 0, 10))
for f in (lambda: b.index(9), lambda: b.index(1, 3), lambda: b.remove(9), lambda: [].pop(), lambda: b.__setitem__(slice(None, None, 2), [1]),
          lambda: b[9], lambda: b.__setitem__(9, 1), lambda: b.__delitem__(9), lambda: b + (1,), lambda: (1,) + [1], lambda: b * 'x',
          lambda: [3, 'a'].sort(), lambda: sorted([1, None]), lambda: (1,)[5], lambda: (1, 2).index(3), lambda: [].insert(0), lambda: tuple(5),
          lambda: list(None), lambda: b['a'], lambda: b[1:2:0], lambda: [1] < ['a'], lambda: [1, 2] < [1, 'a'], lambda: hash([1]), lambda: hash((1, [2]))):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
data = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b'), (2, 'c')]
print(sorted(data, key=lambda p: p[0]), sorted(data, key=lambda p: p[0], reverse=True), sorted(data, reverse=True)[:2])
c = [3, 1, 2]; print(c.sort(), c, c.reverse(), c, sorted('bca'), sorted({3: 1, 1: 2}), sorted([2, 1], key=None))
print([1, 2] == [1, 2], [1, 2] < [1, 2, 0], (1, 2) > (1,), [] < [0], (1, float('nan')) == (1, float('nan')), [float('nan')] == [float('nan')])
n = float('nan'); print([n] == [n], (n,) == (n,), n in [n], [n].count(n), [n].index(n))
d = [1, 2]; e = d; d += [3]; print(e, d is e); d *= 2; print(e); t = (1,); u = t; t += (2,); print(u, t); t *= 0; print(t)
r = [1]; r.append(r); print(r, repr(r), str([r, r]))
s = {}; s['self'] = s; print(s)
q = [[]] * 3; q[0].append(1); print(q, [[]] * 0, [0] * -1, (1, 2) * 2)
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), tuple(x * 2 for x in range(3)), [*range(3), *'ab'], (*[1], 2))
print(len([]), [1, 2, 3][-1], [1, 2, 3][::-1], [1, 2, 3][10:], [1, 2, 3][-10:1], (1, 2, 3)[1:], ()[:], [1, 2].__len__(), (4, 5).count(4))
print(max([3, 1, 2]), min((3, 1, 2)), sum([1, 2, 3], 10), sum([[1], [2]], []), any([]), all([]), any([0, '', 1]), all([1, 0]))
m = [5, 4, 3]; m.extend(range(2)); m.extend('xy'); print(m, m.copy() == m, m.copy() is m, m.clear(), m)
print([1, [2, (3, {4: [5]})]], ([],), ((),), (1,), [(1,)], repr(()), repr(((),)), str((1, 'a', None)))
