# yield inside expressions: operands evaluated before the yield keep their values, operands
# after it are evaluated after resuming, short-circuits skip what Python skips.
def log(tag, value):
    print('eval', tag)
    return value


def arith():
    x = log('a', 1) + (yield 'first')
    print('x =', x)
    y = [log('b', 2), (yield 'second'), log('c', 3)]
    print('y =', y)
    print('printed', (yield 'third') * 2)
    total = 0
    total += yield 'fourth'
    print('total', total)
    print(sorted(locals()))
    return (yield 'fifth') + 100


g = arith()
print(next(g))
for v in (10, 20, 30, 40):
    print(g.send(v))
try:
    g.send(5)
except StopIteration as e:
    print('returned', e.value)


def short_circuit(flag):
    r = flag and (yield 'and-branch')
    print('and ->', r)
    s = flag or (yield 'or-branch')
    print('or ->', s)
    t = (yield 'then') if flag else (yield 'else')
    print('ifexp ->', t)


for flag in (True, False):
    print(list(short_circuit(flag)))


def calls():
    d = {'k': 1}
    d[log('key', 'k')] += yield 'aug-subscript'
    print(d)

    class Box:
        v = 5
    b = Box()
    b.v *= yield 'aug-attr'
    print(b.v)
    print(dict(a=(yield 'kw'), b=log('after-kw', 2)))
    print({'x': (yield 'dict-value'), **{'y': 1}})
    print(f"{(yield 'fstr')!r:>6}|")
    print(sorted([*range(3), (yield 'star')]))
    if (yield 'if-test') == 'go':
        print('went')
    for i in (yield 'for-iter'):
        print('item', i)
    n = 0
    while (yield 'while-test') != 'stop':
        n += 1
    else:
        print('while else after', n)
    with (yield 'with'):
        pass
    raise (yield 'raise')


class Manager:
    def __enter__(self):
        print('enter')

    def __exit__(self, *exc):
        print('exit')


g = calls()
print(next(g))
answers = [2, 3, 7, 8, 9, 5, 'go', [1, 2], 'more', 'more', 'stop', Manager(), KeyError('thrown')]
try:
    for a in answers:
        print(g.send(a))
except KeyError as e:
    print('raised', repr(e))


def failing():
    # the traceback points at the operation that fails, as in CPython
    return {}[(yield 1)]


g = failing()
next(g)
g.send('missing')
