# itertools and functools (Terrarium writes them in Python; see interpreter/src/main/pylib).
import itertools
import functools
from itertools import count, islice, chain, groupby, product, permutations, combinations

print(list(islice(count(5, 2), 4)), list(islice('abcdefg', 2, None, 2)), list(islice(range(10), 3)))
print(list(islice(itertools.cycle('ab'), 5)), list(itertools.repeat('x', 3)))
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([1, 2, 3], lambda a, b: a * b, initial=10)))
print(list(chain('ab', [1, 2])), list(chain.from_iterable(['xy', 'z'])))
print(list(itertools.compress('abcdef', [1, 0, 1, 0, 1, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(itertools.filterfalse(None, [0, 1, '', 'a'])))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])))
print([(k, list(g)) for k, g in groupby('aaabccdaa')])
print([(k, len(list(g))) for k, g in groupby(sorted([3, 1, 4, 1, 5, 9, 2, 6]), key=lambda x: x % 2)])
groups = groupby('aabbc')
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
a, b = itertools.tee(iter([1, 2, 3]))
print(next(a), list(b), list(a))
print(list(itertools.zip_longest('abc', [1], fillvalue='-')))
print(list(product('ab', repeat=2)), list(product([1, 2], 'xy')))
print(list(permutations('abc', 2)), len(list(permutations(range(5)))))
print(list(combinations('abcd', 2)), list(itertools.combinations_with_replacement('ab', 2)))
print(list(itertools.pairwise('abcd')), list(combinations('ab', 3)))
for bad in [lambda: islice('a', -1), lambda: islice('a', -1, 2), lambda: islice('a', 0, 2, 0), lambda: permutations('a', -1)]:
    try:
        bad()
    except ValueError as e:
        print('ValueError', e)
it = iter(range(10))
print(list(islice(it, 2, 4)), next(it))

print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.reduce(lambda a, b: a + b, [], 7))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print('TypeError', e)
p = functools.partial(int, base=2)
print(p('101'), p.func is int, p.args, p.keywords, functools.partial(p, '11')())


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info(), fib.__name__, fib.__wrapped__.__name__)


@functools.lru_cache(maxsize=2)
def sq(x):
    print('computing', x)
    return x * x


print(sq(1), sq(2), sq(1), sq(3), sq(2), sq.cache_info())


@functools.cache
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)


print(fact(20))


def deco(f):
    @functools.wraps(f)
    def inner(*args):
        return f(*args) * 2
    return inner


@deco
def documented(x):
    "Doubles."
    return x


print(documented(4), documented.__name__, documented.__doc__, documented.__wrapped__(4))


class Lazy:
    def __init__(self):
        self.calls = 0

    @functools.cached_property
    def value(self):
        self.calls += 1
        return 42


lz = Lazy()
print(lz.value, lz.value, lz.calls)
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))


@functools.total_ordering
class Version:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __lt__(self, other):
        return self.n < other.n


print(Version(1) < Version(2), Version(2) >= Version(1), Version(1) > Version(2), Version(3) <= Version(3))
