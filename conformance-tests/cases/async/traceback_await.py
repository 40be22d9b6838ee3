# An exception escaping nested coroutines: the traceback goes through every await.


class Tick:
    def __await__(self):
        yield "tick"


async def parse(text):
    await Tick()
    return int(text)


async def total(texts):
    result = 0
    for t in texts:
        result += await parse(t)
    return result


async def report(texts):
    value = await total(texts)
    print("total", value)
    return value


def drive(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value


print(drive(report(["1", "2"])))
drive(report(["3", "four"]))
