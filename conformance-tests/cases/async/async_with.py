# async with: __aenter__/__aexit__ awaited, exceptions passed to __aexit__, jumps out.


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value


class Tick:
    def __await__(self):
        yield "tick"


class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await Tick()
        print("  enter", self.name)
        return self.name.upper()

    async def __aexit__(self, exc_type, exc, tb):
        await Tick()
        print("  exit", self.name, exc_type.__name__ if exc_type else None, repr(exc))
        return self.suppress


async def normal():
    async with Resource("a") as value:
        print("  body", value)
    async with Resource("b"), Resource("c") as c:
        print("  body", c)
    return "normal done"


print(run(normal()))


async def raising():
    async with Resource("quiet", suppress=True):
        raise ValueError("suppressed")
    print("  after suppressed")
    try:
        async with Resource("loud"):
            raise KeyError("propagates")
    except KeyError as e:
        print("  caught", repr(e))
    return "raising done"


print(run(raising()))


async def jumps():
    for i in range(3):
        async with Resource("loop" + str(i)):
            if i == 0:
                continue
            if i == 1:
                break
    async with Resource("ret"):
        return "returned inside"


print(run(jumps()))


class ExitSeesContext:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *args):
        print("  handling", repr(args[1]))
        await Tick()
        try:
            raise KeyError("while handling")
        except KeyError as e:
            print("  still handling", repr(e.__context__))
        return True


async def context():
    async with ExitSeesContext():
        raise IndexError("inner")
    try:
        raise KeyError("after")
    except KeyError as e:
        print("  after", repr(e.__context__))


run(context())


class NotAsync:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        return False


class SyncAEnter:
    def __aenter__(self):
        return 1

    async def __aexit__(self, *args):
        return False


class SyncAExit:
    async def __aenter__(self):
        return 1

    def __aexit__(self, *args):
        return None


async def errors():
    for obj in (NotAsync(), SyncAEnter(), SyncAExit(), 5):
        try:
            async with obj:
                print("  body ran for", type(obj).__name__)
        except TypeError as e:
            print("TypeError:", e)


run(errors())


class FailingExit:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *args):
        raise RuntimeError("exit failed")


async def failing_exit():
    try:
        async with FailingExit():
            raise ValueError("body failed")
    except RuntimeError as e:
        print("caught", repr(e), "context", repr(e.__context__))


run(failing_exit())
