# zip(strict=True) names the argument that ran out, in either direction.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: list(zip([1, 2], 'abc', strict=True)))
t(lambda: list(zip([1, 2, 3], 'ab', strict=True)))
t(lambda: list(zip([1], [2], [3, 4], strict=True)))
t(lambda: list(zip([1, 2], [3, 4], [5], strict=True)))
t(lambda: list(zip([], [], strict=True)))
t(lambda: list(zip(strict=True)))
t(lambda: list(zip('ab', range(2), strict=True)))
t(lambda: list(zip('ab', 'cd', strict=False)))
t(lambda: list(zip('abc', 'd')))
t(lambda: list(zip()))
t(lambda: list(zip('a')))
t(lambda: zip(1))
t(lambda: zip('a', 2))
t(lambda: list(zip('ab', bogus=True)))
z = zip([1, 2, 3], 'ab', strict=True)
print(next(z), next(z))
t(lambda: next(z))
def gen():
    yield 1
    raise ValueError('from generator')
t(lambda: list(zip(gen(), [1, 2, 3])))
t(lambda: list(zip([1, 2, 3], gen())))
