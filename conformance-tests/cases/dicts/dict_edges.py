# dict: construction forms, views and their set operations, ordering after deletes, |, |=,
# setdefault/pop/popitem edge cases, fromkeys, errors, recursive repr, equality.
d = dict([(1, 'a'), (2, 'b')], c=3)
print(d, dict(a=1), dict({1: 2}, x=5), dict(zip('ab', range(2))), dict.fromkeys('abc'), dict.fromkeys([1, 2], []), dict(), {**d, 'z': 0})
for args in ((1,), ([1],), ([(1, 2, 3)],), (['ab', 'cd', 'e'],)):
    try:
        print(dict(*args))
    except Exception as e:
        print(type(e).__name__ + ':', e)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']; d['b'] = 4; d['a'] = 0; print(d, list(d), list(d.values()), list(d.items()))
k = d.keys(); v = d.values(); it = d.items()
print(k & {'a', 'x'}, k | {'z'}, k - {'a'}, k ^ {'a', 'q'}, it & {('a', 0)}, 'a' in k, ('a', 0) in it, ('a', 1) in it, 0 in v, len(k), reversed(k).__class__.__name__)
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())), k == {'a', 'c', 'b'}, k.isdisjoint(['x']), repr(k), repr(v), repr(it))
print(d | {'z': 9}, {'z': 9} | d, d.get('q'), d.get('q', 5), d.setdefault('a', 7), d.setdefault('n'), d, d.pop('n'), d.pop('n', 'dflt'), d.popitem(), d)
d |= [('w', 1)]; print(d); d |= {'a': 100}; print(d)
for f in (lambda: d['missing'], lambda: d.pop('missing'), lambda: {}.popitem(), lambda: d | [('a', 1)], lambda: {[1]: 2}, lambda: d.__setitem__({}, 1),
          lambda: {1: 2} < {1: 2}, lambda: d.update(1), lambda: d.update([1]), lambda: dict.fromkeys(1), lambda: d.get(), lambda: {}[(1, [2])],
          lambda: d.keys()[0], lambda: d.values() == d.values(), lambda: {1: 1}.keys() == [1], lambda: d.setdefault(), lambda: d.pop()):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
try:
    for key in d:
        d['new' + str(key)] = 1
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    dd = {1: 1, 2: 2}
    for key in dd:
        del dd[key]
except RuntimeError as e:
    print('RuntimeError:', e)
print({1: 'int', 1.0: 'float', True: 'bool'}, {0: 'a', False: 'b', 0.0: 'c', -0.0: 'd'}, {(1, 2): 1}[(1, 2)], {frozenset([1]): 2}[frozenset([1])])
print({1: 2} == {1: 2.0}, {1: 2, 3: 4} == {3: 4, 1: 2}, dict(a=1) != dict(a=1), {'a': [1]} == {'a': [1]}, {} == [], {1: 2}.__eq__(5))
r = {}; r[1] = r; r[2] = [r]; print(r)
print(len({i: i for i in range(100)}), {i % 3: i for i in range(10)}, sorted({'b': 1, 'a': 2}.items()), min({3: 'x', 1: 'y'}), max({'a': 1}.values()))
class Missing(dict):
    def __missing__(self, key):
        return key * 2
m = Missing(a=1); print(m['a'], m['zz'], m.get('zz'), 'zz' in m, m)
