# What can be awaited: coroutines, objects with __await__, generator-based coroutines.
import types


def run(coro):
    sent = None
    log = []
    try:
        while True:
            yielded = coro.send(sent)
            log.append(yielded)
            sent = "reply to " + str(yielded)
    except StopIteration as stop:
        return stop.value, log


class Ticket:
    def __init__(self, name):
        self.name = name

    def __await__(self):
        reply = yield self.name
        return self.name + " -> " + reply


@types.coroutine
def legacy(n):
    total = 0
    for i in range(n):
        r = yield ("legacy", i)
        total += len(r)
    return total


async def uses_all():
    a = await Ticket("first")
    b = await legacy(2)
    c = await Ticket("second")
    return a, b, c


print(run(uses_all()))


class Delegating:
    def __init__(self, coro):
        self.coro = coro

    def __await__(self):
        return self.coro.__await__()


async def base():
    got = await Ticket("deep")
    return got.upper()


async def top():
    return await Delegating(base())


print(run(top()))

wrapper = base().__await__()
print(type(wrapper).__name__, iter(wrapper) is wrapper)
print(next(wrapper))
try:
    wrapper.send("x")
except StopIteration as stop:
    print("wrapper stop", stop.value)

w2 = base().__await__()
print(w2.send(None))
try:
    w2.throw(KeyError("thrown"))
except KeyError as e:
    print("wrapper throw", repr(e))
w2.close()


async def returns_awaitable():
    return Ticket("t")


async def awaits_result():
    t = await returns_awaitable()
    return await t


print(run(awaits_result()))


async def in_expressions():
    values = [await Ticket("a"), (await Ticket("b")).upper()]
    d = {"k": await Ticket("c")}
    s = f"<{await Ticket('d')}>"
    flag = await Ticket("e") if len(values) > 1 else None
    return values, d, s, flag


print(run(in_expressions()))
print(types.CoroutineType.__name__, types.coroutine(legacy) is not None)
