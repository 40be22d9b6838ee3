# An exception raised in an async generator, seen through async for and async with.


class Tick:
    def __await__(self):
        yield "tick"


async def rows(data):
    for i, item in enumerate(data):
        await Tick()
        yield 10 // item


class Session:
    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        print("session closing on", exc_type.__name__)
        return False


async def main():
    async with Session():
        async for value in rows([5, 2, 0, 1]):
            print("value", value)


coro = main()
try:
    while True:
        coro.send(None)
except StopIteration:
    pass
