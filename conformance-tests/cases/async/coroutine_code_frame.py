# cr_code / ag_code are the async function's code object; cr_frame / ag_frame a frame while
# the body can still run (None once it finished); gi_* names are a generator's only.
import types


class Step:
    def __await__(self):
        yield 'step'


async def coro(a, b=2):
    """doc"""
    x = a + b
    await Step()
    return x


async def agen(n):
    for i in range(n):
        await Step()
        yield i


c = coro(1)
print(c.cr_code is coro.__code__, c.cr_code.co_name, c.cr_code.co_qualname)
print(bool(c.cr_code.co_flags & 0x80), bool(coro.__code__.co_flags & 0x20))
print(type(c.cr_frame).__name__, c.cr_frame.f_code is coro.__code__)
print(c.cr_frame.f_lineno == coro.__code__.co_firstlineno)
print(c.send(None), c.cr_frame.f_lineno - coro.__code__.co_firstlineno)
print(sorted(c.cr_frame.f_locals.items()))
try:
    c.send(None)
except StopIteration as e:
    print('returned', e.value)
print(c.cr_frame, c.cr_code is coro.__code__)
for name in ('gi_code', 'gi_frame', 'gi_running', 'gi_suspended', 'gi_yieldfrom'):
    try:
        getattr(c, name)
    except AttributeError as e:
        print(e)

g = agen(2)
print(g.ag_code is agen.__code__, g.ag_code.co_name, bool(g.ag_code.co_flags & 0x200))
print(type(g.ag_frame).__name__, g.ag_frame.f_lineno == agen.__code__.co_firstlineno)
s = g.asend(None)
print(s.send(None), g.ag_frame.f_lineno - agen.__code__.co_firstlineno)
try:
    s.send(None)
except StopIteration as e:
    print('value', e.value, g.ag_frame.f_lineno - agen.__code__.co_firstlineno)
print(sorted(g.ag_frame.f_locals.items()))
for name in ('gi_code', 'gi_frame'):
    try:
        getattr(g, name)
    except AttributeError as e:
        print(e)
a = g.aclose()
try:
    a.send(None)
except StopIteration:
    print('closed', g.ag_frame)

print('cr_code' in dir(types.CoroutineType), 'ag_frame' in dir(types.AsyncGeneratorType))
print('gi_code' in dir(types.CoroutineType))
