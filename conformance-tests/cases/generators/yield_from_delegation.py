# yield from passes send(), throw() and close() on to the sub-generator (PEP 380).
def inner():
    try:
        while True:
            try:
                got = yield 'inner ready'
                print('inner got', got)
            except ValueError as e:
                print('inner handled', repr(e))
                yield 'inner recovered'
    finally:
        print('inner finally')


def outer():
    result = yield from inner()
    print('never here', result)


g = outer()
print(next(g))
print(g.send('hello'))
print(g.throw(ValueError('into inner')))
print(next(g))
g.close()
print('closed')


def finite():
    x = yield 1
    return 'finished with %r' % (x,)


def wrapper():
    r = yield from finite()
    print('result:', r)
    yield 'after'


w = wrapper()
print(next(w))
print(w.send('sent value'))


def thrower():
    yield 1
    yield 2


def catcher():
    try:
        yield from thrower()
    except KeyError as e:
        print('outer caught', repr(e))
        yield 'outer recovered'


c = catcher()
print(next(c))
print(c.throw(KeyError('not handled inside')))


def ends_on_throw():
    try:
        yield 'waiting'
    except RuntimeError:
        return 'returned after throw'


def delegator():
    r = yield from ends_on_throw()
    print('delegate result:', r)
    yield 'done'


d = delegator()
next(d)
print(d.throw(RuntimeError('stop')))


class Plain:
    def __iter__(self):
        return iter([1, 2])


def from_iterable():
    yield from Plain()


p = from_iterable()
print(next(p))
try:
    p.throw(IndexError('no throw method'))
except IndexError as e:
    print('raised in outer:', e)
