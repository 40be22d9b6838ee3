# Errors raised while sorting, and the list left behind.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: sorted([1, 'a', 2]))
t(lambda: sorted([None, None]))
t(lambda: sorted([1j, 2j]))
t(lambda: sorted([{1}, {2}, {1, 2}]))
t(lambda: sorted([[1], ['a']]))
t(lambda: sorted([1, 2], key=1))
t(lambda: sorted([1, 2], lambda x: x))
t(lambda: sorted())
t(lambda: sorted(5))
t(lambda: [3, 1].sort(1))
t(lambda: [3, 1].sort(cmp=None))
t(lambda: sorted([1, 2], reverse='yes'))
t(lambda: sorted([3, 1, 2], key=None, reverse=1))
t(lambda: sorted(['a', 'B'], key=str.upper, reverse=True))
xs = [3, 1, 'x', 2]
try:
    xs.sort()
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(xs, key=str))
ys = [5, 4, 3, 2, 1]
def bad_key(v):
    if v == 2:
        raise ValueError('bad key %d' % v)
    return v
try:
    ys.sort(key=bad_key)
except ValueError as e:
    print(type(e).__name__, e, ys)
zs = [3, 2, 1]
def mutate(v):
    zs.append(v)
    return v
try:
    zs.sort(key=mutate)
except ValueError as e:
    print(type(e).__name__, e)
