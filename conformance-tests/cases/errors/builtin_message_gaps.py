# Messages of common failures that once differed: find-family arity of bytes, index-sized ints,
# math.fsum's special values and overflow, sequence repetition by a non-int, os.path queries
# given a non-path.
import math
import os


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


for name in ('count', 'find', 'rfind', 'index', 'rindex', 'startswith', 'endswith'):
    for obj in (b'', bytearray(), ''):
        show(lambda: getattr(obj, name)())
        show(lambda: getattr(obj, name)(b'a' if not isinstance(obj, str) else 'a', 1, 2, 3))
show(lambda: b'abcabc'.count(b'c', 3))
show(lambda: bytearray(b'abcabc').count(99, -2))

for seq in ('a', [1], (1,), b'a', bytearray(b'a'), range(3)):
    show(lambda: seq[10 ** 30])
    show(lambda: seq[-10 ** 30])
    show(lambda: seq[10 ** 30:])
    show(lambda: seq[:-10 ** 30])
show(lambda: 'abc'[2 ** 63])
show(lambda: 'abc'[2 ** 63 - 1])
show(lambda: [1, 2].pop(10 ** 30))
show(lambda: [1, 2].insert(10 ** 30, 3))

inf, nan = math.inf, math.nan
for values in ([inf, -inf], [inf, inf], [-inf, 1.0], [nan, 1.0], [inf, nan], [1e308, 1e308],
               [1e308, 1e308, -1e308], [1e308, -1e308, 1e308], [0.1] * 10, [1e100, 1.0, -1e100, 1e-100],
               [], [1, 2, 3], [2 ** 60, 1.5], [1e16, 1.0, 1e-16], [-0.0], [0.0, -0.0],
               iter([0.5, 0.25]), ['a'], [1e308 * 10, -1.0]):
    show(lambda: math.fsum(values))

for a, b in (([1], b'a'), (b'a', [1]), ((1,), 'a'), ('a', 'b'), ([1], 2.0), (b'a', b'b'),
             (bytearray(b'x'), 'y'), (1.5, b'a'), (b'a', 1.5), ([1], None), (None, [1]),
             ('a', [1]), ([1], (1,))):
    show(lambda: a * b)

for f in (os.path.exists, os.path.isfile, os.path.isdir, os.path.islink, os.path.lexists,
          os.path.getsize, os.stat, os.lstat, os.path.basename, os.path.dirname):
    for arg in (3.5, None, [], 'no\x00where', '/no/such/place'):
        show(lambda: f(arg))
show(lambda: os.path.exists(-1))
show(lambda: os.path.isdir('.'))
show(lambda: os.path.exists(__file__))


class P:
    def __fspath__(self):
        return '/no/such'


show(lambda: os.path.exists(P()))
show(lambda: os.path.isfile(P()))
