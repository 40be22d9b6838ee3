# Iterator objects of built-ins: exhaustion, iter(iterator) is itself, length hints through
# list(), reprs of their types, sequence-protocol iteration, sentinel iteration, and what
# mutation during iteration does for lists.
it = iter([1, 2, 3])
print(iter(it) is it, next(it), list(it), list(it), next(it, 'end'))
for obj in ([], (), '', b'', {}, set(), frozenset(), range(0), {}.keys(), {}.values(), {}.items(), bytearray()):
    i = iter(obj)
    print(type(i).__name__, iter(i) is i, list(i))
for obj in (enumerate([]), zip(), map(str, []), filter(None, []), reversed([]), reversed(range(2)), reversed('ab'), reversed({}), reversed({}.items())):
    print(type(obj).__name__, iter(obj) is obj, list(obj))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), 5 in Seq(), list(iter(Seq())), [x for x in Seq()], sorted(Seq(), reverse=True), tuple(enumerate(Seq())))
class Counter3:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
print(list(Counter3()), sum(Counter3()), max(Counter3()), dict(zip('abc', Counter3())), list(map(lambda a, b: a * b, Counter3(), Counter3())))
l = [1, 2, 3, 4]
for x in l:
    if x == 2:
        l.remove(x)
print(l)
l2 = [1, 2]
out = []
for x in l2:
    out.append(x)
    if len(l2) < 5:
        l2.append(x * 10)
print(out, l2)
e = enumerate('abc', 1); print(next(e), list(e))
z = zip([1, 2, 3], 'ab'); print(list(z), list(z))
m = map(int, ['1', 'x']); print(next(m))
try:
    next(m)
except ValueError as err:
    print('ValueError:', err)
print(list(m))
f = filter(lambda v: v % 2, range(10)); print(next(f), next(f), list(f))
g = (i * i for i in range(3)); print(type(g).__name__, list(g), list(g))
r = reversed([1, 2, 3]); print(next(r), list(r))
ri = iter(range(5)); next(ri); print(list(ri))
for bad in (5, None, 1.5, object()):
    try:
        iter(bad)
    except TypeError as err:
        print('TypeError:', err)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as err:
    print('TypeError:', err)
class NoNext:
    def __iter__(self):
        return self
try:
    for _ in NoNext():
        pass
except TypeError as err:
    print('TypeError:', err)
