# list(x), tuple(x), sorted(x), for loops and unpacking use an overridden __iter__;
# len(), indexing, repr and `in` keep list's own behaviour.
class Backwards(list):
    def __iter__(self):
        return iter(self[::-1])


b = Backwards([1, 2, 3])
print(list(b), tuple(b), sorted(b), [x for x in b], set(b) == {1, 2, 3})
print(b, len(b), b[0], 2 in b, str(b), b == [1, 2, 3])
x, y, z = b
print(x, y, z)
print(*b)
print(', '.join(map(str, b)), min(b), list(enumerate(b)), list(zip(b, 'abc')))
for item in b:
    print('item', item)


class Indexed(list):
    def __getitem__(self, i):
        print('getitem', i)
        return super().__getitem__(i) * 10


ix = Indexed([1, 2])
print(ix[0], ix[-1], ix[0:1], list(ix), [v for v in ix], sum(ix))
