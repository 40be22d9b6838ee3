# copy, clear, reverse, extend with itself, membership with identity, and iteration while mutating.
xs = [1, [2], 3]
ys = xs.copy()
ys[1].append(4)
ys.append(5)
print(xs, ys, xs == ys[:3])
xs.reverse()
print(xs)
xs.extend(xs)
print(xs, len(xs))
xs += xs
print(len(xs))
xs.clear()
print(xs, xs.copy() is xs)
nan = float('nan')
zs = [nan]
print(nan in zs, zs.count(nan), zs.index(nan), [nan] == zs)
ws = [1, 2, 3, 4]
for w in ws:
    if w == 2:
        ws.remove(w)
print(ws)
vs = [1, 2, 3]
out = []
for v in vs:
    out.append(v)
    if len(vs) < 6:
        vs.append(v * 10)
print(out, vs)
print(list(), list('ab'), list(range(3)), list({1: 2}), list((1,)), list(x for x in 'xy'))
try:
    list(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
a = [3, 1, 2]
b = a
a += [4]
print(b, a is b)
a = a + [5]
print(b, a is b)
print([1, 2, 3][::-1], [1, 2, 3][1:], [][:], [1][5:], list(reversed([])))
print([i * j for i in range(3) for j in range(3) if i != j])
