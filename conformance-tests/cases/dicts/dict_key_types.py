# Keys of many hashable types, their reprs and lookups by equal values of other types.
d = {}
keys = [0, 1, -1, 2**70, 1.5, -0.0, 'a', '', b'a', (), (1, 'x'), frozenset({1}), None, True, False, 3 + 4j,
        range(3), (1, (2, (3,)))]
for k in keys:
    d[k] = type(k).__name__
print(d)
print(len(d), d[0.0], d[1.0], d[False], d[complex(1.5, 0)], d[range(0, 3)], d[(1, (2, (3,)))])
print(d.get(b'a'), d.get('a'), d.get(bytearray(b'a').decode() if False else 'missing'))
try:
    d[bytearray(b'a')] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    d[{1: 2}.items()] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(list(d)[:5], list(d.values())[-3:])
