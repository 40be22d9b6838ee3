# Generators: send() values in, return values out through StopIteration and yield from,
# close() runs finally blocks, a finished generator stays finished.
def averager():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            return (count, average)
        total += value
        count += 1
        average = total / count


def collect(results):
    while True:
        result = yield from averager()
        results.append(result)


results = []
c = collect(results)
next(c)
for v in [10, 20, 30]:
    print(c.send(v))
c.send(None)
for v in [1, 2]:
    c.send(v)
c.send(None)
print(results)


def guarded():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup ran')


g = guarded()
print(next(g))
g.close()
print(g.gi_running, list(g))
try:
    g.send(5)
except StopIteration:
    print('finished generator: StopIteration')


def fresh():
    yield 1


f = fresh()
try:
    f.send('x')
except TypeError as e:
    print(e)


def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2


i = ignores_exit()
next(i)
try:
    i.close()
except RuntimeError as e:
    print('RuntimeError', e)


def returns():
    yield 1
    return 'value'


r = returns()
next(r)
try:
    next(r)
except StopIteration as e:
    print('StopIteration value:', e.value, e.args)
