# The messages of common operator failures: unsupported operand types for every binary and
# augmented operator, unary operators, comparisons, subscripting, calling, iterating,
# unpacking, attribute access on built-ins, and None mistakes.
import operator
FIVE, NONE, STR = 5, None, 'str'
ops = ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift', 'and_', 'or_', 'xor', 'matmul',
       'iadd', 'isub', 'imul', 'itruediv', 'ifloordiv', 'imod', 'ipow', 'ilshift', 'irshift', 'iand', 'ior', 'ixor', 'imatmul',
       'lt', 'le', 'gt', 'ge']
pairs = [(1, 'a'), ('a', 1.5), ([], {}), (None, 1), (1j, 1), ({1}, [1]), ((), 1), (b'a', 'a'), (1, None)]
for name in ops:
    for a, b in pairs:
        try:
            r = getattr(operator, name)(a, b)
            print(name, 'ok', repr(r)[:30])
        except Exception as e:
            print(name, type(e).__name__ + ':', e)
for f in (lambda: -'a', lambda: +[], lambda: ~1.5, lambda: abs(None), lambda: ~'x', lambda: -{}, lambda: not_defined_name,
          lambda: FIVE[0], lambda: NONE[0], lambda: (1).x, lambda: None.attr, lambda: 'a'.nope, lambda: [].nope, lambda: FIVE(), lambda: STR(),
          lambda: NONE(), lambda: iter(5), lambda: list(1.5), lambda: [x for x in None], lambda: len(1), lambda: {}['k'], lambda: {}[1, 2],
          lambda: [1][1], lambda: 'a'[1], lambda: (1,)[1], lambda: 'a'[NONE], lambda: [1][NONE], lambda: {}.x, lambda: (lambda a: a)(),
          lambda: (lambda a: a)(1, 2), lambda: (lambda: 0)(x=1), lambda: int('x'), lambda: float('x'), lambda: int('1.5'), lambda: 1 / 0, lambda: 1 % 0,
          lambda: 1.0 / 0, lambda: [].pop(), lambda: {}.popitem(), lambda: set().pop(), lambda: 'a'.index('b'), lambda: [1].index(2), lambda: (1,).index(2),
          lambda: [1].remove(2), lambda: None < None, lambda: object() < object(), lambda: [1] < (1,), lambda: 'a' > 1, lambda: {} < {},
          lambda: print(**{'bad': 1}), lambda: sorted([1, 'a']), lambda: max([1, 'a']), lambda: ord(5), lambda: chr('a'), lambda: 'a' * 1.5,
          lambda: [1] * [1], lambda: 1 in 5, lambda: 'a' in ['a'] and 1 in 'a', lambda: None in 'abc', lambda: hash({}), lambda: {[]: 1},
          lambda: setattr(None, 'x', 1), lambda: object().x, lambda: delattr(object(), 'x'), lambda: type(None)(), lambda: type(1)('a', 'b', 'c'),
          lambda: bool.__new__(bool, 1, 2), lambda: int.__add__('a', 1), lambda: str.upper(1), lambda: list.append((), 1), lambda: dict.keys([])):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)
for target in ('ab', [1, 2, 3], (1,), 5, None, {1: 2}):
    try:
        a, b = target
        print('unpacked', a, b)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
try:
    a, *b, c = [1]
except ValueError as e:
    print('ValueError:', e)
x = 5
try:
    x += 'a'
except TypeError as e:
    print('TypeError:', e)
lst = [1]
try:
    lst += 5
except TypeError as e:
    print('TypeError:', e)
try:
    lst -= [1]
except TypeError as e:
    print('TypeError:', e)
