# sorted() takes any iterable and returns a new list; keyword-only key and reverse.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: sorted({3: 'c', 1: 'a', 2: 'b'}.items(), key=lambda kv: kv[1], reverse=True))
t(lambda: sorted(x % 7 for x in range(20)))
t(lambda: sorted('Hello World', key=str.lower))
t(lambda: sorted([3, 1, 2], reverse=True))
t(lambda: sorted(range(5), key=lambda x: -x))
t(lambda: sorted([[3, 'a'], [1, 'b'], [3, 'A']]))
t(lambda: sorted([0.5, -1, 2**70, -2**70, True]))
t(lambda: sorted(['b', 'a'], key=None))
t(lambda: sorted(iterable=[1]))
t(lambda: sorted([1], [2]))
t(lambda: sorted([1], reverse=True, extra=1))
t(lambda: sorted(set([5, 3, 9])))
t(lambda: sorted(frozenset('cab')))
t(lambda: sorted((('b', 2), ('a', 2), ('c', 1)), key=lambda p: p[1]))
t(lambda: sorted([1, 2], key=lambda a, b: a))
xs = [2, 1]
ys = sorted(xs)
print(xs, ys, xs is ys)
