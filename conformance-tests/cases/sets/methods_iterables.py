# Set methods accept any iterables, several at once, and return new sets of the receiver's type.
s = {1, 2, 3}
f = frozenset([2, 3, 4])
print(s.union([4], (5,), 'ab' if False else range(6, 8)), s.union(), s.union([]) is s)
print(s.intersection([2, 3, 9], {3, 2}), s.intersection(), s.intersection(range(10), [1]))
print(s.difference([1], (2,)), s.difference(), s.symmetric_difference([3, 4]))
print(s.issubset(range(5)), s.issuperset([1, 2]), s.isdisjoint((7, 8)), s.isdisjoint(iter([3])))
print(f.union([9]), f.intersection([2]), f.difference({4}), f.symmetric_difference([1]))
print(type(f.union([9])).__name__, type(f.copy()).__name__, f.copy() is f, type(s.copy()).__name__)
print(set.union({1}, {2}), frozenset.union(frozenset({1}), [1, 2]))
def t(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: s.union(5))
t(lambda: s.intersection([[1]]))
t(lambda: s.symmetric_difference())
t(lambda: s.symmetric_difference([1], [2]))
t(lambda: s.issubset())
t(lambda: s.issubset(1))
t(lambda: s.isdisjoint(None))
t(lambda: s.difference([], 5))
t(lambda: set.union([1], [2]))
t(lambda: f.add(1))
t(lambda: s.union(x=[1]))
