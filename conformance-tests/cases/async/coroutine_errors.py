# Misusing coroutines: CPython's messages.


async def answer():
    return 42


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


c = answer()
attempt("send non-None first", lambda: c.send(1))
attempt("run", lambda: run(c))
attempt("run again", lambda: run(c))
c2 = answer()
attempt("iter", lambda: iter(c2))
attempt("next", lambda: next(c2))
attempt("for", lambda: [x for x in c2])
c2.close()
attempt("closed send", lambda: c2.send(None))


async def await_int():
    await 3


attempt("await int", lambda: run(await_int()))


class BadAwait:
    def __await__(self):
        return 5


async def await_bad():
    return await BadAwait()


attempt("bad __await__", lambda: run(await_bad()))


made = []


class CoroAwait:
    def __await__(self):
        made.append(answer())
        return made[-1]


async def await_coro_await():
    return await CoroAwait()


attempt("__await__ coroutine", lambda: run(await_coro_await()))
made[0].close()


async def raises_stop():
    raise StopIteration("inside")


attempt("StopIteration inside", lambda: run(raises_stop()))
try:
    run(raises_stop())
except RuntimeError as e:
    print("cause", repr(e.__cause__), e.__context__ is e.__cause__)


async def awaits_twice():
    inner = answer()
    first = await inner
    second = await inner
    return first, second


attempt("await twice", lambda: run(awaits_twice()))


async def reentrant():
    me.send(None)


me = reentrant()
attempt("already executing", lambda: me.send(None))


class Waiter:
    def __await__(self):
        yield "x"


async def sub():
    await Waiter()


shared = sub()


async def first():
    await shared


async def second():
    await shared


f1 = first()
print(f1.send(None))
f2 = second()
attempt("being awaited", lambda: f2.send(None))
f1.close()
print(shared.cr_await, f1.cr_await)
