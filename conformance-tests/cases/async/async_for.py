# async for: __aiter__/__anext__, StopAsyncIteration, else, break and continue.


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value


class Tick:
    def __await__(self):
        yield "tick"


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        print("  __aiter__")
        return self

    async def __anext__(self):
        await Tick()
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def loops():
    seen = []
    async for i in Countdown(3):
        seen.append(i)
    else:
        seen.append("else")
    async for i in Countdown(5):
        if i == 3:
            continue
        if i == 1:
            break
        seen.append(i)
    else:
        seen.append("not reached")
    async for a, b in Pairs():
        seen.append(a + b)
    return seen


class Pairs:
    def __aiter__(self):
        self.items = iter([(1, 2), (3, 4)])
        return self

    def __anext__(self):
        return PairStep(self.items)


class PairStep:
    def __init__(self, items):
        self.items = items

    def __await__(self):
        yield "pair"
        try:
            return next(self.items)
        except StopIteration:
            raise StopAsyncIteration from None


print(run(loops()))


async def nested():
    out = []
    async for i in Countdown(2):
        async for j in Countdown(2):
            out.append((i, j))
        for k in range(2):
            out.append(k)
    return out


print(run(nested()))


async def returns_inside():
    async for i in Countdown(10):
        if i == 7:
            return "returned at " + str(i)


print(run(returns_inside()))


class NoANext:
    def __aiter__(self):
        return 1


class BadANext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 1


async def errors():
    for obj in (NoANext(), BadANext(), [1, 2], None):
        try:
            async for x in obj:
                pass
        except TypeError as e:
            print("TypeError:", e)


run(errors())


class Failing:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise ValueError("from __anext__")


async def failing():
    try:
        async for x in Failing():
            pass
    except ValueError as e:
        print("caught", e)


run(failing())
