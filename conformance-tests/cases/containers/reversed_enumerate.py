# reversed() and enumerate(start=) on many iterables, with their errors.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: list(reversed([1, 2, 3])))
t(lambda: list(reversed((1, 2))))
t(lambda: list(reversed('abc')))
t(lambda: list(reversed(range(3))))
t(lambda: list(reversed({'a': 1, 'b': 2})))
t(lambda: list(reversed({'a': 1, 'b': 2}.values())))
t(lambda: list(reversed({'a': 1, 'b': 2}.items())))
t(lambda: reversed({1, 2}))
t(lambda: reversed(5))
t(lambda: reversed(x for x in 'ab'))
t(lambda: reversed())
t(lambda: reversed([1], [2]))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
t(lambda: list(reversed(Seq())))
class Rev:
    def __reversed__(self):
        return iter('zyx')
t(lambda: list(reversed(Rev())))
t(lambda: list(enumerate('abc')))
t(lambda: list(enumerate('abc', 10)))
t(lambda: list(enumerate('abc', start=-2)))
t(lambda: list(enumerate([], 5)))
t(lambda: list(enumerate('ab', 10**20)))
t(lambda: enumerate('ab', 1.5))
t(lambda: enumerate(5))
t(lambda: enumerate())
t(lambda: enumerate('a', 1, 2))
t(lambda: list(enumerate(iterable='ab', start=1)))
e = enumerate('xy')
print(next(e), next(e), next(e, 'done'), iter(e) is e)
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
xs = [1, 2, 3]
r = reversed(xs)
xs.pop()
print(list(r))
