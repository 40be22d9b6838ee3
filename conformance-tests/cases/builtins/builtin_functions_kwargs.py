# Builtin functions with their keyword arguments and argument errors: min/max key and default,
# sorted, sum start, print sep/end, enumerate start, zip strict, iter sentinel, next default,
# round/divmod/pow/abs, isinstance with tuples and unions, getattr default, format, bin/oct/hex.
print(min([3, 1, 2], key=lambda x: -x), max([], default='none'), min((), default=None), max('abc', 'abd'), min(3, 1, key=str), max([[1], [1, 0]]), max(1, 2.0), min(2.0, 2))
for f in (lambda: min([]), lambda: max(), lambda: max(1), lambda: min(1, 2, default=0), lambda: max([1], foo=1), lambda: max(1, 'a'), lambda: sorted([1], cmp=None),
          lambda: sum(['a', 'b'], ''), lambda: sum([1], start='x'), lambda: enumerate(1), lambda: list(zip([1], [1, 2], strict=True)), lambda: list(zip([1, 2], [1], strict=True)),
          lambda: next(iter([])), lambda: iter(5), lambda: iter(5, 1), lambda: round('x'), lambda: abs('x'), lambda: divmod('a', 1), lambda: pow(1, 2, 3, 4),
          lambda: isinstance(1, 'int'), lambda: issubclass(1, int), lambda: getattr(1, 'nope'), lambda: getattr(1, 2), lambda: setattr(1, 'x', 2), lambda: delattr(1, 'real'), lambda: setattr(1.5, 'imag', 0), lambda: setattr(1, 'bit_length', 0),
          lambda: format(1, 'z'), lambda: bin(1.0), lambda: chr(-1), lambda: chr(0x110000), lambda: ord(''), lambda: ord('ab'), lambda: len(5), lambda: hash([]),
          lambda: callable(), lambda: vars(1), lambda: dir(1, 2), lambda: repr(), lambda: ascii(1, 2), lambda: id(), lambda: reversed(5), lambda: sorted(5), lambda: list(map(None, [1]))):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
print(sorted([3, 1, 2], reverse=True), sorted('bBa', key=str.lower), sum([0.1] * 10), sum(range(101)), sum([1, 2], start=10), sum([], 5), sum([[1]], start=[0]))
print('a', 'b', sep='-', end='|\n'); print(sep='x'); print('x', end=''); print(); print(*[1, 2, 3], sep=''); print(1, 2, sep=None, end=None)
print(list(enumerate('ab', start=5)), list(enumerate('ab', -1)), list(zip('ab', [1, 2], strict=True)), list(zip()), list(zip('abc', 'x')), list(zip(*[[1, 2], [3, 4]])))
it = iter([1, 2, 3, 4].pop, 2); print(list(it)); c = iter(lambda: 5, 5); print(list(c), next(iter([]), 'dflt'), next(iter([9]), 'dflt'))
print(round(7.5), round(-0.5), round(123, -1), round(125, -1), round(135, -1), round(-125, -1), round(5, 2), type(round(5.0)).__name__, round(0.5 + 1e-16))
print(divmod(7, -2), divmod(-7, 2), divmod(7.5, 2), divmod(-7.5, 2), pow(2, 3), pow(2.0, 3), pow(2, -1), pow(-2, 3, 5), abs(-3), abs(-3.5), abs(3 + 4j), abs(True))
print(isinstance(1, (str, (int, float))), isinstance(1, int | str), issubclass(bool, (int,)), isinstance(True, int), issubclass(int, object), isinstance(None, type(None)), isinstance(int, type))
print(getattr(1, 'nope', 'dflt'), hasattr(1, 'real'), hasattr([], 'nope'), getattr([], 'append').__name__, callable(len), callable(1), callable(int), type(1), type('X', (), {'a': 1}).a)
print(format(255, 'x'), format(255, '#o'), format(3.14159, '.2f'), format('x', '>3'), format(1e10, ','), format(True), format(None), format(12, ''), bin(-5), oct(-8), hex(-255), bin(0), hex(2 ** 70))
print(chr(65), chr(0x1F600), ord('€'), ascii('é€\n'), repr('é'), len('é'), len(b'\xc3\xa9'), len(range(0, 10, 3)), len({1: 2}), len(()), bool(), bool(0.0), bool([0]), bool(''), int(), float(), str(), complex())
print(list(map(lambda x, y: x + y, [1, 2, 3], [10, 20])), list(filter(None, [0, 1, '', 'a', None])), list(filter(lambda x: x > 1, [1, 2, 3])), list(map(str, range(3))), all(map(bool, [1, 2])))
print(vars(type('V', (), {'x': 1})()), 'y' in vars(type('W', (), {'y': 2})))
