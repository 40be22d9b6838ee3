# __length_hint__ of the built-in iterators and operator.length_hint.
import operator


class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i


class SizedSeq(Seq):
    def __len__(self):
        return 4


makers = [
    ('list', lambda: iter([1, 2, 3])), ('tuple', lambda: iter((1, 2, 3))), ('str', lambda: iter('ab\u20ac')),
    ('bytes', lambda: iter(b'abc')), ('bytearray', lambda: iter(bytearray(b'abc'))),
    ('range', lambda: iter(range(1, 10, 4))), ('longrange', lambda: iter(range(2 ** 64, 2 ** 64 + 3))),
    ('dict', lambda: iter({1: 2, 3: 4})), ('dict_items', lambda: iter({1: 2}.items())), ('set', lambda: iter({1, 2, 3})),
    ('reversed_list', lambda: reversed([1, 2, 3])), ('reversed_tuple', lambda: reversed((1, 2, 3))),
    ('reversed_dict', lambda: reversed({1: 2, 3: 4})), ('reversed_values', lambda: reversed({1: 2}.values())),
    ('reversed_range', lambda: reversed(range(5))), ('sized_seq', lambda: iter(SizedSeq())),
]
for name, make in makers:
    it = make()
    hints = [it.__length_hint__()]
    next(it)
    hints.append(it.__length_hint__())
    for _ in it:
        pass
    hints.append(it.__length_hint__())
    print(name, hints, operator.length_hint(make()))

print(iter(Seq()).__length_hint__(), iter(range(2 ** 64)).__length_hint__())
lst = [1, 2, 3]
it = iter(lst)
next(it)
lst.append(4)
print(it.__length_hint__())
del lst[:]
print(it.__length_hint__())
r = reversed([1, 2, 3])
print(r.__length_hint__())
d = {1: 2}
it = iter(d)
d[3] = 4
print(it.__length_hint__())
for t in (enumerate([1]), zip([1]), map(abs, [1]), filter(None, [1]), iter(int, 0), (x for x in [1])):
    print(type(t).__name__, hasattr(t, '__length_hint__'), operator.length_hint(t), operator.length_hint(t, 9))
print(operator.length_hint([1, 2]), operator.length_hint(5), operator.length_hint(5, 3))
try:
    iter([]).__length_hint__(1)
except TypeError as e:
    print('TypeError:', e)


class Hint:
    def __init__(self, value):
        self.value = value

    def __length_hint__(self):
        return self.value


for value in [0, 7, NotImplemented, -1, 'x', 2.5, True]:
    try:
        print(operator.length_hint(Hint(value), 42))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)


class Raises:
    def __length_hint__(self):
        raise TypeError('no hint')


class BadLen:
    def __len__(self):
        raise ValueError('no len')

    def __length_hint__(self):
        return 1


print(operator.length_hint(Raises(), 3))
try:
    operator.length_hint(BadLen())
except ValueError as e:
    print('ValueError:', e)
try:
    operator.length_hint([], 'default')
except TypeError as e:
    print('TypeError:', e)
