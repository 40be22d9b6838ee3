# Lambdas: defaults, keyword-only and variadic parameters, closures, immediate calls.
add = lambda a, b=10: a + b
kw = lambda *, key: key * 2
var = lambda *a, **k: (a, sorted(k))
print(add(1), add(1, 2), kw(key=4), var(1, 2, x=3, y=4), (lambda: 'now')())
pairs = sorted([(1, 'b'), (2, 'a'), (0, 'c')], key=lambda p: p[1])
print(pairs, list(map(lambda x: x * x, range(4))), list(filter(lambda s: s, ['', 'a', '', 'b'])))
make = lambda n: lambda x: x + n
print(make(5)(1), make(-1)(1))
try:
    kw(4)
except TypeError as e:
    print(e)
