a, *b, c = range(6)
print(a, b, c)
*x, = 'abc'
print(x)
first, *rest = [1]
print(first, rest)
[p, [q, *r]] = [1, [2, 3, 4]]
print(p, q, r)
for h, *t in [(1, 2, 3), (4,)]:
    print(h, t)
def gen():
    print('start'); yield 1; yield 2; print('end')
m, *n = gen()
print(m, n)
print([*range(3), *'ab', 9], (*[1, 2], 3), {*[1, 1, 2], 5}, (*'x',))
d1 = {'a': 1}; d2 = {'b': 2, 'a': 3}
print({**d1, **d2, 'c': 4}, {'z': 0, **d1})
class M:
    def keys(self): return ['k1', 'k2']
    def __getitem__(self, k): return k.upper()
print({**M()})
def count():
    i = 0
    while True:
        yield i; i += 1
try:
    a, b = count()
except ValueError as e:
    print(e)

def attempt(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)


def too_many():
    a, b = (1, 2, 3)
def too_few():
    a, b = [1]
def too_few_star():
    a, *b, c = [1]
def not_iterable():
    a, *b = 5
def empty_iter():
    [*a, b] = iter([])
def list_of_int():
    return [*1]
def set_of_none():
    return {*None}
def dict_of_int():
    return {**1}
def tuple_of_int():
    return (*5,)
for f in [too_many, too_few, too_few_star, not_iterable, empty_iter, list_of_int, set_of_none, dict_of_int, tuple_of_int]:
    attempt(f)
