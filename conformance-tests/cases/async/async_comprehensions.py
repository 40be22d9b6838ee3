# Asynchronous comprehensions: async for clauses and awaits in comprehensions.


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value


class Tick:
    def __await__(self):
        yield "tick"


async def numbers(n):
    for i in range(n):
        await Tick()
        yield i


async def square(x):
    await Tick()
    return x * x


async def is_big(x):
    return await square(x) > 4


async def main():
    print([x async for x in numbers(4)])
    print({x % 2 async for x in numbers(5)})
    print({x: str(x) async for x in numbers(3)})
    print([x async for x in numbers(6) if x % 2])
    print([await square(x) for x in range(4)])
    print([x for x in range(6) if await is_big(x)])
    print([(x, y) async for x in numbers(2) for y in "ab"])
    print([y async for x in numbers(3) async for y in numbers(x)])
    print({await square(k): await square(k + 1) for k in range(3)})
    total = sum([x async for x in numbers(5)]) + len([await square(2)])
    print(total)
    gen = (x * 10 async for x in numbers(3))
    print(type(gen).__name__)
    print([y async for y in gen])
    lazy = (await square(x) for x in range(3))
    print(type(lazy).__name__, [v async for v in lazy])
    return "done"


print(run(main()))
