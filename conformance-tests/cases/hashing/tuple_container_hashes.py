# hash() of tuples, frozensets, ranges and complex numbers of numbers is deterministic in CPython.
for v in [(), (1,), (1, 2), (2, 1), (1, (2, 3)), (0.5, -1), ((),), (None,) * 0, (True, False), (10**30,),
          tuple(range(10)), (1, 2.0, 3 + 0j)]:
    print(repr(v), hash(v))
print(hash((1, 2)) == hash((1.0, 2.0)), hash((1,)) != hash(1))
for v in [1j, -1j, 1 + 1j, 2.5 - 3j, complex(1e100, 1)]:
    print(repr(v), hash(v))
for v in [frozenset(), frozenset({1}), frozenset({1, 2, 3}), frozenset({(1, 2)}), frozenset({-1, -2})]:
    print(sorted(v), hash(v))
# Empty and one-item ranges hash a None, whose hash is an address in CPython 3.11.
for v in [range(5), range(1, 10, 2), range(2, 100, 7)]:
    print(v, hash(v))
print(hash(range(0)) == hash(range(5, 5)), hash(range(3, 4)) == hash(range(3, 9, 10)))
