# The builtins aiter() and anext().


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value


class Source:
    def __init__(self, items):
        self.items = list(items)

    def __aiter__(self):
        return self

    async def __anext__(self):
        if not self.items:
            raise StopAsyncIteration
        return self.items.pop(0)


async def main():
    it = aiter(Source("ab"))
    print(type(it).__name__)
    print(await anext(it))
    print(await anext(it, "x"))
    print(await anext(it, "default"))
    print(await anext(it, None))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    awaitable = anext(Source([1]), 0)
    print(type(awaitable).__name__, hasattr(awaitable, "__await__"))
    print(await awaitable)
    for bad in (lambda: aiter(5), lambda: aiter([1]), lambda: anext([]), lambda: anext(5, 6),
                lambda: aiter(), lambda: anext(Source([]), 1, 2)):
        try:
            bad()
        except TypeError as e:
            print("TypeError:", e)

    class BadAIter:
        def __aiter__(self):
            return [1]

    try:
        aiter(BadAIter())
    except TypeError as e:
        print("TypeError:", e)
    return "done"


print(run(main()))
print(aiter.__name__, anext.__name__)
