# __reduce__ of the built-in iterators: where they are, and what they look like once exhausted.


def show(v):
    if isinstance(v, tuple):
        return '(' + ', '.join(show(x) for x in v) + (',)' if len(v) == 1 else ')')
    if type(v).__name__.endswith('iterator'):
        return '<%s>' % type(v).__name__
    if callable(v) and not isinstance(v, type) and hasattr(v, '__name__'):
        return v.__name__
    return repr(v)


class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10

    def __repr__(self):
        return 'Seq()'


def fresh():
    return [
        ('list', iter([1, 2, 3])), ('tuple', iter((1, 2, 3))), ('str', iter('abc')), ('str2', iter('\xe9\u20acz')),
        ('bytes', iter(b'abc')), ('bytearray', iter(bytearray(b'abc'))), ('range', iter(range(3))),
        ('range_step', iter(range(1, 11, 3))), ('range_neg', iter(range(5, 0, -2))),
        ('longrange', iter(range(2 ** 64, 2 ** 64 + 3))), ('reversed_range', reversed(range(3))),
        ('dict', iter({'a': 1, 'b': 2, 'c': 3})), ('dict_values', iter({'a': 1, 'b': 2, 'c': 3}.values())),
        ('dict_items', iter({'a': 1, 'b': 2, 'c': 3}.items())), ('reversed_dict', reversed({'a': 1, 'b': 2, 'c': 3})),
        ('reversed_items', reversed({'a': 1, 'b': 2, 'c': 3}.items())), ('set', iter({7})),
        ('reversed_list', reversed([1, 2, 3])), ('reversed_tuple', reversed((1, 2, 3))), ('reversed_str', reversed('abc')),
        ('seq', iter(Seq())), ('reversed_seq_len', reversed([5, 6, 7])),
    ]


for name, it in fresh():
    print(name, show(it.__reduce__()))
for name, it in fresh():
    next(it)
    print(name, 'after one', show(it.__reduce__()))
for name, it in fresh():
    for _ in it:
        pass
    print(name, 'exhausted', show(it.__reduce__()))

counter = iter([0, 1, 2, 'stop', 3]).__next__
calls = iter(counter, 'stop')
print(show(calls.__reduce__())[:4], type(calls.__reduce__()[1][0]).__name__, calls.__reduce__()[1][1])
print(list(calls), show(calls.__reduce__()))
print(show(iter(int, 1).__reduce__()))

# rebuilding from the reduce value continues where the original was
it = iter([10, 20, 30, 40])
next(it)
func, args, state = it.__reduce__()
again = func(*args)
again.__setstate__(state)
print(list(again), list(it))
it = reversed('wxyz')
next(it)
func, args, state = it.__reduce__()
again = func(*args)
again.__setstate__(state)
print(list(again))
