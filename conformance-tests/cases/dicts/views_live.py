# Dict views reflect later changes; their length, membership and iteration follow the dict.
d = {'a': 1}
k, v, i = d.keys(), d.values(), d.items()
print(len(k), list(v), list(i))
d['b'] = 2
d.update(c=3)
print(len(k), list(k), list(v), list(i), 'c' in k, 3 in v, ('c', 3) in i)
del d['a']
print(k, v, i)
d.clear()
print(k, v, i, len(v), bool(k), bool(i))
d.update({'z': 26})
print(k, list(reversed(i)))
print(k == {'z'}, k == {'z': 0}.keys(), v == v, i == {('z', 26)}, i != {('z', 0)})
it = iter(k)
print(next(it))
try:
    next(it)
except StopIteration:
    print('exhausted')
d2 = dict.fromkeys(range(5))
ks = d2.keys()
print(ks - {1, 2}, ks & range(3), ks | {9}, ks ^ {0, 10})
print(sorted(ks, reverse=True), max(ks), sum(ks), list(map(str, ks)))
