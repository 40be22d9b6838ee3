# list.sort and sorted: stability with keys, reverse keeps stability, key exceptions propagate,
# mixed comparable types, mutation during sort, sort of user objects with only __lt__.
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'date']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True), sorted(words, key=lambda w: (len(w), w)))
pairs = [(i % 3, i) for i in range(12)]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted([3, 1.5, True, 2, -0.0, 0]), sorted([[2], [1, 5], [1], []]), sorted(['b', 'a', 'B', 'é', 'e', '']), sorted([(1, 'b'), (1, 'a'), (0, 'z')]), sorted('hello'))
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return 'L%d' % self.v
print(sorted([OnlyLt(3), OnlyLt(1), OnlyLt(2)]), max([OnlyLt(3), OnlyLt(5)], key=lambda o: o.v), min(OnlyLt(2), OnlyLt(1)))
class OnlyGt:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return 'G%d' % self.v
print(sorted([OnlyGt(2), OnlyGt(1)]))
def bad_key(x):
    if x == 3:
        raise ValueError('key failed at 3')
    return x
data = [5, 3, 1]
try:
    data.sort(key=bad_key)
except ValueError as e:
    print('ValueError:', e, data)
for bad in ([1, 'a'], [None, None], [{1}, {2}, 1], [1j, 2j], [object(), object()] if False else [[1], (1,)]):
    try:
        print(sorted(bad))
    except TypeError as e:
        print('TypeError:', e)
m = [3, 2, 1]
def meddle(x):
    m.append(x)
    return x
try:
    m.sort(key=meddle)
except ValueError as e:
    print('ValueError:', e)
try:
    [1, 2].sort(lambda a: a)
except TypeError as e:
    print('TypeError:', e)
try:
    sorted([1], key=1)
except TypeError as e:
    print('TypeError:', e)
big = list(range(1000, 0, -1)); big.sort(); print(big[:3], big[-3:], sorted(range(50), key=lambda v: v % 7)[:10])
nan = float('nan'); print(sorted([3, nan, 1])[1:] if False else len(sorted([3, nan, 1])), sorted([2, 1], key=lambda v: -v), sorted({'b': 2, 'a': 1}, key={'b': 2, 'a': 1}.get))
rev = [(1, 'x'), (1, 'y'), (0, 'z')]; rev.sort(key=lambda p: p[0], reverse=True); print(rev)
