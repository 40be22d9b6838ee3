# The __reduce__ of built-in types that do not take object's default.


def show(v):
    if isinstance(v, tuple):
        return '(' + ', '.join(show(x) for x in v) + (',)' if len(v) == 1 else ')')
    if callable(v) and not isinstance(v, type) and hasattr(v, '__name__'):
        return v.__name__
    return repr(v)


print(show({3}.__reduce__()), show({3}.__reduce_ex__(4)))
print(show(frozenset([1]).__reduce__()), show(frozenset().__reduce_ex__(2)))
print(show(set().__reduce__()))


class Tags(set):
    pass


t = Tags([1])
t.label = 'x'
print(show(t.__reduce__()))
print(show(Tags().__reduce__()))

for proto in range(6):
    print(proto, show(bytearray(b'a\xffb').__reduce_ex__(proto)), show(bytearray().__reduce_ex__(proto)))
print(show(bytearray(b'xy').__reduce__()), show(bytearray(b'xy').__reduce_ex__()))


class Buf(bytearray):
    pass


b = Buf(b'q')
b.n = 1
print(show(b.__reduce_ex__(2)), show(b.__reduce_ex__(4)))

print(show(range(3).__reduce__()), show(range(1, 10, 3).__reduce_ex__(2)), show(range(5, -5, -2).__reduce__()))
print(show(slice(2).__reduce__()), show(slice(1, 'a', None).__reduce_ex__(4)))
print(show(len.__reduce__()), show(len.__reduce_ex__(2)), show(print.__reduce__()))
print(show([].append.__reduce__()), show({}.get.__reduce_ex__(4)))
func, (owner, name) = iter([1]).__next__.__reduce__()
print(func.__name__, type(owner).__name__, name)


class C:
    def method(self):
        pass

    def __repr__(self):
        return 'C()'


print(show(C().method.__reduce__()))
print(show(Ellipsis.__reduce__()), show(NotImplemented.__reduce__()), show(Ellipsis.__reduce_ex__(3)))
print(show(None.__reduce_ex__(2)))
print(show(range(2).__reduce__(1, 2)))
for value in [{1}, frozenset(), bytearray(), slice(0)]:
    try:
        value.__reduce__(1)
    except TypeError as e:
        print('TypeError:', e)
