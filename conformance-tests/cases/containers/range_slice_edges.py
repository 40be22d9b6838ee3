# range and slice objects: lengths, negative steps, huge bounds, index/count/in, equality by
# content, repr, slicing a range, slice.indices and errors.
r = range(10, -10, -3)
print(list(r), len(r), r[0], r[-1], r[2:5], r[::-1], r[::2][::-1], 4 in r, -5 in r, 4.0 in r, r.index(-2), r.count(7), r.count(7.0), r.start, r.stop, r.step)
big = range(0, 10 ** 30, 7)
print(len(range(10 ** 6)), big[-1], 10 ** 29 - (10 ** 29 % 7) in big, big[10 ** 20], big.index(7 * 10 ** 20), repr(big), big[::10 ** 10][3], range(-5)[::-1], range(5)[10:], range(5)[-100:2])
print(range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(1, 10, 3) == range(1, 11, 3), range(2) != range(3), hash(range(3)) == hash(range(0, 3)), list(range(3, 0)), bool(range(0)), bool(range(1)))
print(reversed(range(3)).__class__.__name__, list(reversed(range(1, 10, 4))), sum(range(1, 101)), max(range(7)), sorted(range(5, 0, -2)), list(range(-3, 3, 2)), range(5).index(True))
for f in (lambda: range(1, 2, 0), lambda: range(1.5), lambda: range('a'), lambda: range(), lambda: range(1, 2, 3, 4), lambda: range(5)[5], lambda: range(5).index(9), lambda: len(range(10 ** 30)),
          lambda: range(3)['a'], lambda: range(3) + range(2), lambda: range(3) < range(4), lambda: range(3).index('a'), lambda: range(5)[::0]):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
s = slice(1, None, -2)
print(s, repr(slice(5)), slice(None).indices(10), s.indices(10), slice(-100, 100, 3).indices(7), slice(10, -10, -4).indices(5), s.start, s.stop, s.step, slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3))
print([0, 1, 2, 3, 4, 5][slice(None, None, -2)], 'abcdef'[slice(-3, None)], (1, 2, 3)[slice(5, 0, -1)], list(range(10))[slice(2, 8, 3)])
for f in (lambda: slice(1, 2, 0).indices(5), lambda: slice(1).indices(-1), lambda: slice('a', 2).indices(5), lambda: hash(slice(1)), lambda: slice(), lambda: slice(1, 2, 3, 4)):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
class Idx:
    def __index__(self):
        return 2
print(range(Idx()), range(10)[Idx()], list(range(10))[Idx():], 'abcd'[Idx()], slice(Idx()).indices(5), range(0, 10, Idx())[Idx()])
