# dict() from mappings, pairs, keywords and their errors.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: dict())
t(lambda: dict(a=1, b=2))
t(lambda: dict([('a', 1), ['b', 2], 'cd']))
t(lambda: dict({'a': 1}, a=2))
t(lambda: dict(zip('abc', range(3))))
t(lambda: dict([('a', 1, 2)]))
t(lambda: dict(['abc']))
t(lambda: dict([1, 2]))
t(lambda: dict(5))
t(lambda: dict({}, {}))
t(lambda: dict([([], 1)]))
t(lambda: dict(((i, i * i) for i in range(4))))
t(lambda: {k: v for k, v in [(1, 2), (1, 3)]})
class M:
    def keys(self):
        return ['x', 'y']
    def __getitem__(self, k):
        return k * 2
t(lambda: dict(M()))
t(lambda: {**M()})
d = {}
d.update([('p', 1)], q=2)
d.update(M())
print(d)
t(lambda: d.update(1))
t(lambda: d.update([1]))
t(lambda: d.update({}, {}))
t(lambda: {'a': 1} == {'a': 1.0})
t(lambda: {'a': 1} < {'a': 2})
t(lambda: {1: 2} != {1: 2, 3: 4})
t(lambda: len({1: 2, 1.0: 3, True: 4}))
t(lambda: list({'z': 1, 'a': 2}))
t(lambda: {}.clear())
t(lambda: repr({'a': [1, {'b': (2,)}], 3: None}))
