# Every set operator between sets and frozensets, and the type of each result.
a = {1, 2, 3, 4}
b = frozenset({3, 4, 5})
for x, y in [(a, b), (b, a), (a, a), (b, b), (a, set()), (frozenset(), b)]:
    print(x | y, x & y, x - y, x ^ y, type(x | y).__name__)
    print(x == y, x != y, x < y, x <= y, x > y, x >= y)
print({1, 2} == frozenset({1, 2}), {1} < frozenset({1, 2}), frozenset() < set([0]))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: a | [5])
t(lambda: a & (1,))
t(lambda: a - 'x')
t(lambda: a ^ range(2))
t(lambda: [5] | a)
t(lambda: a + b)
t(lambda: a * 2)
t(lambda: a < [1])
t(lambda: a == [1, 2, 3, 4])
t(lambda: a[0])
t(lambda: -a)
t(lambda: a | {1: 2}.keys())
