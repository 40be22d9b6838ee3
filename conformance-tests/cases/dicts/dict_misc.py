# Dict membership, len, equality across types, iteration forms, and numeric-key collisions.
d = {1: 'int', 'a': 'str', (1, 2): 'tuple', frozenset({1}): 'fs', None: 'none', 2.5: 'float'}
print(1 in d, 1.0 in d, True in d, 'b' in d, (1, 2) in d, frozenset([1]) in d, None in d, 2.5 in d)
print(d[1.0], d[True], d[frozenset({1})])
try:
    print([1] in d)
except TypeError as e:
    print(type(e).__name__, e)
print(len(d), sorted(map(str, d)), [k for k in d if isinstance(k, str)])
for k, v in d.items():
    if k == 1:
        print(k, v)
e = {}
e[0] = 'zero'
e[0.0] = 'float zero'
e[-0.0] = 'neg zero'
e[False] = 'false'
print(e)
print(dict(a=1) == dict([('a', 1)]), {} == {}, {1: [1]} == {1: [1]}, {1: 1} == {1: 1, 2: 2})
big = {i: str(i) for i in range(1000)}
print(len(big), big[999], sum(big), list(big)[-3:])
for i in range(0, 1000, 3):
    del big[i]
print(len(big), list(big)[:5], 3 in big, 4 in big)
print(iter(d).__class__.__name__, iter(d.values()).__class__.__name__, iter(d.items()).__class__.__name__)
it = iter({'x': 1, 'y': 2})
print(next(it), list(it), list(it))
print(list(dict(enumerate('abc')).items()), max({3: 'a', 9: 'b'}), min({'b': 1, 'a': 2}))
