# object.__reduce_ex__ with protocol 2 and above: (copyreg.__newobj__, (cls, *args), state,
# listitems, dictitems) from __getnewargs__, the list or dict contents and __getstate__.


def show(v):
    if isinstance(v, tuple):
        return '(' + ', '.join(show(x) for x in v) + (',)' if len(v) == 1 else ')')
    if type(v).__name__.endswith('iterator'):
        return '<%s %s>' % (type(v).__name__, list(v))
    if callable(v) and not isinstance(v, type) and hasattr(v, '__name__'):
        return v.__module__ + '.' + v.__name__
    return repr(v)


for value in [5, True, 1.5, 2 - 3j, 'text', b'raw', (1, 'a'), [1, 2], {'k': 'v'}, None, object()]:
    for protocol in (2, 3, 4, 5):
        print(type(value).__name__, protocol, show(value.__reduce_ex__(protocol)))

print(show([].__reduce_ex__(2)))
print(show({}.__reduce_ex__(4)))
print(show(object.__reduce_ex__((7, 8), 2)))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)


print(show(Point(1, 2).__reduce_ex__(2)))
print(show(object.__reduce_ex__(Point(3, 4), 4)))


class Empty:
    def __repr__(self):
        return 'Empty()'


print(show(Empty().__reduce_ex__(2)))

for bad in [(), ('a',), (2, 3)]:
    try:
        object().__reduce_ex__(*bad)
    except TypeError as e:
        print('TypeError:', e)
for bad in ['2', 2.0, None]:
    try:
        object().__reduce_ex__(bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    object().__reduce__(2)
except TypeError as e:
    print('TypeError:', e)

for value in [len, print, (lambda: 0), (x for x in ()), __import__('sys'), iter([1]).__next__]:
    try:
        value.__reduce_ex__(2)
    except TypeError as e:
        print(type(value).__name__, 'TypeError:', e)
print('__reduce__' in object.__dict__, '__reduce_ex__' in object.__dict__, '__reduce__' in list.__dict__)
print(list.__reduce_ex__ is object.__reduce_ex__, [].__reduce_ex__.__name__)
