# __reduce__ of enumerate, zip, map, filter and callable_iterator, and copying them.
import copy


def parts(v):
    cls, args = v[0], v[1]
    rest = v[2:]
    named = ('iterator', 'method-wrapper')
    return cls.__name__, [type(a).__name__ if type(a).__name__.endswith(named) else a for a in args], rest


e = enumerate('abc', 5)
print(parts(e.__reduce__()))
next(e)
cls, (source, index) = e.__reduce__()
print(cls.__name__, index, list(source))
print(list(e))
e = enumerate([1], 2 ** 70)
print(e.__reduce__()[1][1])

z = zip([1, 2], 'ab')
print(parts(z.__reduce__()))
z = zip([1, 2], 'ab', strict=True)
print(parts(z.__reduce__()))
print(parts(zip().__reduce__()))

m = map(pow, [2, 3], [3, 2])
print(parts(m.__reduce__()))
print(parts(map(str, []).__reduce__()))
f = filter(None, [0, 1, 2])
print(parts(f.__reduce__()))
f = filter(str.isdigit, 'a1b2')
print(parts(f.__reduce__()))

it = iter([1, 2, 3, None, 4]).__next__
c = iter(it, None)
print(parts(c.__reduce__()))
print(list(c), c.__reduce__()[1])

# copy.copy rebuilds through __reduce__: the copy shares the underlying iterator
e = enumerate(iter('xyz'))
e2 = copy.copy(e)
print(next(e), next(e2), next(e))
m = map(abs, iter([-1, -2, -3]))
m2 = copy.copy(m)
print(next(m), next(m2))
# copy.deepcopy copies the underlying iterator too
e = enumerate(iter('xyz'))
next(e)
e3 = copy.deepcopy(e)
print(list(e3), list(e))
z = zip(iter([1, 2]), iter('ab'))
print(list(copy.deepcopy(z)), list(z))
li = iter([1, [2], 3])
next(li)
li2 = copy.deepcopy(li)
print(list(li2), list(li))
r = reversed([1, 2, 3])
next(r)
print(list(copy.copy(r)), list(r))
s = iter({1, 2, 3})
print(sorted(copy.copy(s)), sorted(s))
d = iter({'a': 1, 'b': 2})
next(d)
print(list(copy.copy(d)), list(d))
rng = iter(range(0, 100, 10))
next(rng)
next(rng)
print(list(copy.copy(rng)), list(rng))
