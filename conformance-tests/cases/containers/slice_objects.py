# slice objects: attributes, indices(), repr, equality, use on sequences, errors.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

s = slice(1, 10, 2)
print(s, repr(slice(5)), slice(None), slice(1, None), s.start, s.stop, s.step, slice(5).start)
for sl in [slice(None), slice(None, None, -1), slice(-3, None), slice(2, -2), slice(-100, 100),
           slice(100, -100, -1), slice(5, 2), slice(None, None, 3), slice(1, 8, -2), slice(-1, -8, -3)]:
    print(sl, sl.indices(7), sl.indices(0), list(range(7))[sl], 'abcdefg'[sl])
t(lambda: slice(1, 2, 0).indices(5))
t(lambda: slice(1, 2).indices(-1))
t(lambda: slice('a', 2).indices(5))
t(lambda: slice(1, 2, 3) == slice(1, 2, 3))
t(lambda: slice(1, 2) == slice(1, 2, None))
t(lambda: slice(1, 2) < slice(1, 3))
t(lambda: hash(slice(1, 2)))
t(lambda: slice())
t(lambda: slice(1, 2, 3, 4))
t(lambda: slice(10**30, -10**30, -1).indices(5))
t(lambda: [1, 2, 3][slice(None, None, -1)])
t(lambda: (1, 2, 3)[slice(1, None)])
t(lambda: [1, 2, 3]['a':])
t(lambda: [1, 2, 3][1.0:])
t(lambda: [1, 2, 3][True:])
t(lambda: [1, 2, 3][::0])
t(lambda: 'abc'[::0])
t(lambda: [1, 2, 3][None:None:None])
t(lambda: slice(1, [2]).stop)
t(lambda: s.__class__.__name__)
