# Asynchronous generators: async for over them, asend, athrow, aclose, attributes.


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value


class Tick:
    def __await__(self):
        yield "tick"


async def ticker(n):
    try:
        for i in range(n):
            await Tick()
            received = yield i
            if received is not None:
                print("  received", received)
    finally:
        print("  ticker finally")


async def main():
    g = ticker(3)
    print(type(g).__name__, g.__name__, g.__qualname__, g.ag_running, g.ag_await)
    print(repr(g).startswith("<async_generator object ticker at 0x"))
    print(g.__aiter__() is g)
    print(await g.__anext__())
    print(await g.asend("hello"))
    print(await anext(g))
    try:
        await anext(g)
    except StopAsyncIteration as e:
        print("StopAsyncIteration", e.args)
    print(await anext(g, "default"))

    g = ticker(5)
    print(await anext(g))
    print(await g.aclose())
    try:
        await anext(g)
    except StopAsyncIteration:
        print("closed generator is exhausted")

    g = ticker(5)
    print(await anext(g))
    try:
        await g.athrow(ValueError("thrown in"))
    except ValueError as e:
        print("athrow raised", repr(e))

    g = ticker(5)
    await g.aclose()
    print("aclose before start")

    print([x async for x in ticker(3)])
    return "done"


print(run(main()))


async def catches():
    while True:
        try:
            yield "value"
        except KeyError:
            yield "caught"


async def athrow_result():
    g = catches()
    print(await anext(g))
    print(await g.athrow(KeyError))
    await g.aclose()


run(athrow_result())


async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


async def ignores():
    g = stubborn()
    await anext(g)
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)


run(ignores())


async def raises_stop():
    yield 1
    raise StopAsyncIteration("inner")


async def converts():
    try:
        async for x in raises_stop():
            print("x", x)
    except RuntimeError as e:
        print("RuntimeError:", e, "cause", repr(e.__cause__))


run(converts())


async def consume_twice():
    g = ticker(2)
    step = g.asend(None)
    print(type(step).__name__)
    print(await step)
    try:
        await step
    except RuntimeError as e:
        print("RuntimeError:", e)
    await g.aclose()


run(consume_twice())

try:
    for x in ticker(1):
        pass
except TypeError as e:
    print("TypeError:", e)
