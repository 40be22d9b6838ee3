# iter() on many objects, iter(callable, sentinel), next() with defaults and the errors.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

for obj in [[1], (1,), 'a', b'a', {1: 2}, {1}, frozenset(), range(1), {}.keys(), {}.values(), {}.items(),
            bytearray(), reversed([1]), enumerate([]), zip(), map(abs, []), iter([])]:
    print(type(iter(obj)).__name__)
t(lambda: iter(5))
t(lambda: iter(None))
t(lambda: iter())
t(lambda: iter(1, 2))
t(lambda: iter(len, 1, 2))
t(lambda: next([1]))
t(lambda: next(iter([]), 'default'))
t(lambda: next(iter([])))
t(lambda: next())
t(lambda: next(iter([1]), 2, 3))
counter = iter([1, 2, 3, 4, 5])
print(list(iter(lambda: next(counter), 4)))
print(next(counter), next(counter, None))
class Count:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
print(list(iter(Count(), 5)))
class Old:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError(i)
        return i * i
print(list(Old()), list(iter(Old())), 4 in Old(), 5 in Old())
class NotIter:
    __iter__ = None
t(lambda: iter(NotIter()))
class BadIter:
    def __iter__(self):
        return 5
t(lambda: iter(BadIter()))
it = iter([1, 2])
print(next(it), next(it), next(it, 'x'), next(it, 'y'))
t(lambda: next(it))
