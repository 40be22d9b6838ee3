# __setstate__ of the built-in iterators: the index is clamped as CPython clamps it, and an
# exhausted iterator stays exhausted.


def run(make, state):
    it = make()
    it.__setstate__(state)
    return list(it)


makers = [
    ('list', lambda: iter([1, 2, 3])), ('tuple', lambda: iter((1, 2, 3))), ('str', lambda: iter('abc')),
    ('bytes', lambda: iter(b'abc')), ('bytearray', lambda: iter(bytearray(b'abc'))),
    ('range', lambda: iter(range(10, 13))), ('range_neg', lambda: iter(range(3, 0, -1))),
    ('longrange', lambda: iter(range(2 ** 70, 2 ** 70 + 3))),
    ('reversed_list', lambda: reversed([1, 2, 3])), ('reversed_tuple', lambda: reversed((1, 2, 3))),
    ('reversed_str', lambda: reversed('abc')),
]
for name, make in makers:
    print(name, [run(make, s) for s in (-5, -1, 0, 1, 2, 3, 10)])

it = iter([1, 2])
list(it)
it.__setstate__(0)
print('exhausted list', list(it))
it = reversed([1, 2])
list(it)
it.__setstate__(1)
print('exhausted reversed list', list(it))
it = iter(range(4))
list(it)
it.__setstate__(1)
print('exhausted range', list(it), it.__reduce__())

for bad in ['1', 1.0, None, [1]]:
    try:
        iter([1]).__setstate__(bad)
    except TypeError as e:
        print('TypeError:', e)
for it in [iter([1]), iter(range(2)), reversed((1,))]:
    try:
        it.__setstate__()
    except TypeError as e:
        print('TypeError:', e)
    try:
        it.__setstate__(1, 2)
    except TypeError as e:
        print('TypeError:', e)
try:
    iter([1]).__setstate__(2 ** 100)
except OverflowError as e:
    print('OverflowError:', e)

z = zip('ab', 'c')
print(len(z.__reduce__()))
z.__setstate__(1)
print(z.__reduce__()[2])
try:
    list(z)
except ValueError as e:
    print('ValueError:', e)
z = zip('ab', 'cd', strict=True)
z.__setstate__(0)
print(len(z.__reduce__()), list(z))
for t in (iter({}), iter(set()), enumerate(''), map(abs, []), filter(None, []), iter(int, 0)):
    print(type(t).__name__, hasattr(t, '__setstate__'))
