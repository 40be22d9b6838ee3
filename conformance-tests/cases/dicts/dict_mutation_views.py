# Views are live: they reflect later changes; iteration over a changing dict raises; dict
# equality/ordering rules; keys view of a dict with unhashable-looking values; dict() from
# objects with keys(); update() forms; pop with default; clear() during views.
d = {'a': 1, 'b': 2}
k, v, i = d.keys(), d.values(), d.items()
d['c'] = 3; del d['a']
print(list(k), list(v), list(i), len(k), 'a' in k, ('c', 3) in i, k - {'b'}, sorted(k | ['z']))
for view, name in ((k, 'keys'), (v, 'values'), (i, 'items')):
    try:
        for _ in view:
            d['new'] = 0
    except RuntimeError as e:
        print(name, 'RuntimeError:', e)
    d.pop('new', None)
try:
    for key in d:
        d.pop(key)
except RuntimeError as e:
    print('RuntimeError:', e)
class KeysOnly:
    def keys(self):
        return ['x', 'y']
    def __getitem__(self, key):
        return key * 2
print(dict(KeysOnly()), {**KeysOnly()}, dict(KeysOnly(), z=1))
e = {}; e.update(KeysOnly()); e.update([('p', 1)], q=2); e.update(r=3); print(e)
for f in (lambda: e.update([('a',)]), lambda: e.update(5), lambda: e.update({}, {}), lambda: dict([1, 2]), lambda: {**[1]}, lambda: dict(KeysOnly(), **{'x': 1}) and {**{'x': 1}, **{'x': 2}}):
    try:
        print(repr(f()))
    except Exception as err:
        print(type(err).__name__ + ':', err)
big = {i: i * i for i in range(1000)}
for j in range(0, 1000, 2):
    del big[j]
print(len(big), list(big)[:5], list(big.values())[-3:], sum(big), 999 in big, 998 in big)
big.clear(); print(big, len(k))
o = {1: 'a'}; o2 = {1: 'a'}; print(o == o2, o.items() == o2.items(), o.keys() == o2.keys(), o.values() == o2.values(), o.items() == {(1, 'a')}, list(o.items())[0] == (1, 'a'))
