# Iterators from enumerate, zip, map, filter and reversed are lazy, single-pass and chainable.
calls = []
def f(x):
    calls.append(x)
    return x * 2
m = map(f, range(5))
print(calls)
print(next(m), calls)
z = zip(m, 'abc')
print(list(z), calls)
print(list(m))
e = enumerate(filter(None, [0, 'a', '', 'b']), start=1)
print(list(e), list(e))
r = reversed(range(3))
print(list(zip(r, r)))
it = iter(range(10))
print(list(zip(it, it, it)))
print(list(zip(*[iter('abcdef')] * 2)))
print(dict(zip(*zip(('a', 1), ('b', 2)))))
nested = list(enumerate(zip('ab', reversed('cd'))))
print(nested)
print([(i, x) for i, x in enumerate(map(str.upper, 'xyz'), -1)])
