# Generator objects: identity as iterators, exhaustion, names, independent instances.
def gen(n):
    for i in range(n):
        yield i


g = gen(3)
print(iter(g) is g, g.__name__, g.__qualname__, type(g).__name__)
print(list(g), list(g), next(g, 'exhausted'))
a, b = gen(2), gen(2)
print(next(a), next(a), next(b))


def early_return(flag):
    yield 1
    if flag:
        return
    yield 2


print(list(early_return(True)), list(early_return(False)))


def with_locals():
    total = 0
    while True:
        got = yield total
        if got is None:
            break
        total += got


w = with_locals()
print(next(w), w.send(3), w.send(4))
try:
    w.send(None)
except StopIteration:
    print('done')
print([x for x in gen(4) if x % 2], sum(gen(5)), dict(zip(gen(3), 'abc')))
