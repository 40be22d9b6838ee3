# Generator expressions are lazy: the first iterable is evaluated at once, the rest on demand.
def source(tag, n):
    print('source', tag)
    return range(n)


g = (x * 2 for x in source('a', 3))
print('created')
print(next(g), list(g), list(g))
print(sum(x for x in range(10) if x % 2), max(len(w) for w in ['a', 'abc', 'ab']))
print(sorted((y for y in 'banana'), reverse=True), tuple(c for c in 'hi'))
pairs = ((i, j) for i in range(3) for j in range(i))
print(list(pairs))
gen = (1 / x for x in [1, 0])
print(next(gen))
try:
    next(gen)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(list(gen))
nested = (x for x in (y * y for y in range(4)))
print(list(nested), type(nested).__name__)
print(any(x > 2 for x in [1, 2, 3]), all(x > 0 for x in []), ''.join(str(d) for d in range(5)))
