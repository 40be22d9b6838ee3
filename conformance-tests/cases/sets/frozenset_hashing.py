# frozenset hashes depend only on the elements, not on construction order or history.
a = frozenset([1, 2, 3, 100, -5, 10**20])
b = frozenset([10**20, -5, 100, 3, 2, 1])
c = frozenset(range(200)) - frozenset(range(4, 200)) | {100, -5, 10**20}
c = c - {0}
print(a == b == c, hash(a) == hash(b) == hash(c))
print(hash(frozenset()), hash(frozenset([1])), hash(frozenset([1, 2])), hash(frozenset([(1, 2), 3.5])))
print(hash(frozenset({True, 2.0})) == hash(frozenset({1, 2})), frozenset({True, 2.0}) == frozenset({1, 2}))
d = {a: 'a'}
print(d[b], d[c], d.get(frozenset([1, 2, 3, 100, -5])), {a, b, c} == {a})
s = {1, 2, 3, 100, -5, 10**20}
print(s in {a}, s == a, frozenset(s) is not s, a in [s])
try:
    hash(s)
except TypeError as e:
    print(type(e).__name__, e)
try:
    {s: 1}
except TypeError as e:
    print(type(e).__name__, e)
print(frozenset(a) is a, frozenset() is frozenset(), frozenset([frozenset()]))
print(hash(frozenset({frozenset({1}), frozenset({2})})) == hash(frozenset({frozenset({2}), frozenset({1})})))
