# Coroutine objects: creating, driving with send(), results, attributes.


async def double(x):
    return x * 2


async def chain(n):
    total = 0
    for i in range(n):
        total += await double(i)
    return total, await double(total) + await double(1)


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value


c = chain(4)
print(type(c).__name__, type(c).__module__ if hasattr(type(c), "__module__") else "")
print(repr(c).startswith("<coroutine object chain at 0x"), repr(c).endswith(">"))
print(c.__name__, c.__qualname__, c.cr_running, c.cr_await, c.cr_suspended)
print(run(c))
print(c.cr_running, c.cr_await, c.cr_suspended)


class Outer:
    async def method(self, value):
        async def inner():
            return value + 1
        i = inner()
        print(i.__qualname__)
        return await i


print(run(Outer().method(41)))


class Pause:
    """Yields once, then gives back what was sent."""

    def __await__(self):
        sent = yield "paused"
        return sent


async def waits():
    got = await Pause()
    print("got", got)
    return "finished"


w = waits()
print(w.send(None))
print(type(w.cr_await).__name__, w.cr_suspended, w.cr_running)
try:
    w.send("value")
except StopIteration as stop:
    print("stop", stop.value, stop.args)
print(w.cr_await, w.cr_suspended)

no_return = double.__call__(1)
print(run(no_return))


async def nothing():
    pass


try:
    nothing().send(None)
except StopIteration as stop:
    print("empty stop", stop.args, stop.value)
print(type(nothing).__name__)
