# map with several iterables stops at the shortest; filter with None and with functions.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: list(map(pow, [2, 3, 4], [5, 2])))
t(lambda: list(map(lambda *a: sum(a), [1, 2], [10, 20], [100, 200, 300])))
t(lambda: list(map(str.upper, 'abc')))
t(lambda: list(map(len, [[1], 'ab', ()])))
t(lambda: list(map(None, [1])))
t(lambda: map(len))
t(lambda: map())
t(lambda: list(map(len, 5)))
t(lambda: list(map(int, ['1', 'x'])))
t(lambda: list(filter(None, [0, 1, '', 'a', [], [0], None, 0.0, True])))
t(lambda: list(filter(lambda x: x % 2, range(10))))
t(lambda: list(filter(str.isdigit, 'a1b2')))
t(lambda: filter(None))
t(lambda: filter(None, 5))
t(lambda: list(filter(len, [1])))
m = map(abs, [-1, -2])
print(iter(m) is m, next(m), list(m), list(m))
f = filter(bool, [0, 3])
print(next(f), next(f, 'end'))
print(type(map(abs, [])).__name__, type(filter(None, [])).__name__, type(zip()).__name__)
print(list(map(lambda x, y: (x, y), 'ab', range(5))), list(zip(*map(divmod, [7, 9], [2, 4]))))
