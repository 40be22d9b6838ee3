# StopIteration.value comes from the first argument or a generator's return value.
print(StopIteration().value, StopIteration(5).value, StopIteration(1, 2).value, StopIteration(None).value)
def gen():
    yield 1
    return 'result'
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print('value', repr(e.value), e.args)
def gen2():
    yield 1
g = gen2()
next(g)
try:
    next(g)
except StopIteration as e:
    print('value', repr(e.value), e.args)
def gen3():
    return (1, 2)
    yield
try:
    next(gen3())
except StopIteration as e:
    print('value', e.value, e.args, str(e), repr(e))
def delegate():
    r = yield from gen()
    print('delegate got', r)
    return r * 2
try:
    d = delegate()
    while True:
        next(d)
except StopIteration as e:
    print('outer', e.value)
e = StopIteration('v')
e.value = 'changed'
print(e.value, e.args)
def bad():
    raise StopIteration('inside')
    yield
try:
    next(bad())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)
print(StopAsyncIteration('x').value if hasattr(StopAsyncIteration('x'), 'value') else 'novalue')
