# Set and frozenset construction, repr of empty and nested sets, and element order of small ints.
print(set(), frozenset(), {1}, frozenset({1}), set('aaa'), set([3, 1, 2]), set(range(10, 0, -1)))
print(set((1, 2)), set({1: 'a', 2: 'b'}), set({1: 'a'}.items()), frozenset([frozenset()]))
print(repr({(1, 2), (3,)}) in ("{(1, 2), (3,)}", "{(3,), (1, 2)}"), {-1, -2, 0, 1}, {100, 1, 10, 1000})
print({2**64, 1, 2**65}, {0.5, 1.5}, {None} if False else 'skip', {1, 1.0, True})
print({i for i in range(20) if i % 3}, {x % 5 for x in range(100)})
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: set(1))
t(lambda: set([1], [2]))
t(lambda: frozenset(1, 2))
t(lambda: set(iterable=[1]))
t(lambda: frozenset(None))
t(lambda: len(set(range(1000))))
s = set(range(8, 0, -1))
s.discard(4)
s.add(20)
print(s, list(s)[0], sorted(s))
print(type(set()).__name__, type(frozenset()).__name__, set.__mro__, frozenset.__mro__)
