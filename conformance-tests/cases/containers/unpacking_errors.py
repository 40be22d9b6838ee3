# Unpacking messages for too many and too few values, starred targets and non-iterables.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

def two(v):
    a, b = v
    return a, b
def three(v):
    a, b, c = v
    return a, b, c
def star(v):
    a, *b, c = v
    return a, b, c
t(lambda: two([1, 2]))
t(lambda: two([1, 2, 3]))
t(lambda: two([1]))
t(lambda: two([]))
t(lambda: two('ab'))
t(lambda: two({'x': 1, 'y': 2}))
t(lambda: two(5))
t(lambda: two(None))
t(lambda: three((1, 2)))
t(lambda: three(iter(range(10))))
t(lambda: star([1, 2]))
t(lambda: star([1]))
t(lambda: star(range(6)))
t(lambda: star('xyz'))
t(lambda: star(7))
def nested(v):
    (a, b), c = v
    return a, b, c
t(lambda: nested(((1, 2), 3)))
t(lambda: nested(((1, 2, 3), 4)))
t(lambda: nested((1, 2)))
def gen():
    yield 1
    yield 2
    yield 3
t(lambda: two(gen()))
t(lambda: [(x, y) for x, y in [(1, 2), (3, 4, 5)]])
t(lambda: dict([(1, 2, 3)]))
t(lambda: {**{'a': 1}, **[1]})
t(lambda: print(*5))
t(lambda: [*None])
