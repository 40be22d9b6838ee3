# set and frozenset: operators vs methods (which take any iterable), in-place forms, ordering of
# small ints, comparisons, hashing of frozensets, errors and reprs.
a = {1, 2, 3}; b = frozenset([3, 4])
print(a | b, a & b, a - b, a ^ b, b | a, type(b | a).__name__, type(a | b).__name__, b - a, frozenset() | set())
print(a.union([9], (8,)), a.intersection('ab', [1]), a.difference(range(2)), a.symmetric_difference([3, 5]), a.issubset(range(5)), a.issuperset([1]), a.isdisjoint('x'))
print(a <= {1, 2, 3}, a < {1, 2, 3}, a >= {1}, a > a, a == frozenset(a), {1} != {1.0}, set() == frozenset(), {1, 2} < {1, 3})
c = set(a); c |= {7}; c &= {1, 2, 7}; c -= {2}; c ^= {9, 1}; print(c)
c.update([5], 'z'); c.intersection_update({5, 'z', 7, 11}); c.difference_update([7]); c.symmetric_difference_update({'q'}); print(sorted(map(str, c)))
s = {3, 1, 2}; s.add(2); s.discard(10); s.remove(1); print(s, s.pop(), s, len(s), s.copy(), s.clear(), s)
for f in (lambda: a | [1], lambda: a - 'x', lambda: {1}.remove(2), lambda: set().pop(), lambda: {[1]}, lambda: a.add({}), lambda: frozenset().add,
          lambda: a < [1], lambda: hash({1}), lambda: {1} + {2}, lambda: set(1), lambda: a.union(1), lambda: a.issubset(3), lambda: a[0]):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
print(hash(frozenset()) == hash(frozenset([])), hash(frozenset([1, 2])) == hash(frozenset([2, 1])), {frozenset([1]): 'x'}, frozenset([frozenset()]))
print(set('hello'), sorted(set('hello')), set(range(20, 0, -3)), {-1, -2, 5, 0}, {1.5, 2, 'a'} == {'a', 2, 1.5}, repr(set()), repr(frozenset()), frozenset({1}))
print({x % 4 for x in range(10)}, len({1, 1.0, True}), {True, 1}, {1, True}, {0, False, 0.0}, {None, ()} == {(), None}, 1 in {1.0}, {2} in {frozenset({2})})
class E:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, E) and o.v == self.v
    def __hash__(self): return hash(self.v)
    def __repr__(self): return 'E(%r)' % self.v
print({E(1), E(1), E(2)}, E(1) in {E(1)}, {E(1)} == {E(1)}, {E(3)} - {E(3)})
t = {1, 2}; u = t; t |= {3}; print(u is t, u); f = frozenset([1]); g = f; f |= {2}; print(g is f, g, f)
print(set([1, 2]).__contains__(1), set.union({1}, {2}), frozenset.intersection(frozenset([1, 2]), [2]), set().union(), {1}.symmetric_difference({1}))
