# throw() and close() reach the await a coroutine is suspended in.


class Step:
    def __init__(self, name):
        self.name = name

    def __await__(self):
        try:
            return (yield self.name)
        finally:
            print("  step", self.name, "left")


async def guarded():
    try:
        await Step("one")
    except ValueError as e:
        print("  caught", repr(e))
        got = await Step("two")
        return "recovered " + str(got)
    finally:
        print("  guarded finally")


c = guarded()
print(c.send(None))
print(c.throw(ValueError("bad")))
try:
    c.send("ok")
except StopIteration as stop:
    print("result", stop.value)

c = guarded()
c.send(None)
try:
    c.throw(KeyError, KeyError("k"), None)
except KeyError as e:
    print("escaped", repr(e))
print(c.cr_await, c.cr_suspended)

c = guarded()
c.send(None)
c.close()
print("closed", c.cr_suspended)
c.close()


done = [False]


async def ignores_exit():
    while not done[0]:
        try:
            await Step("loop")
        except GeneratorExit:
            print("  ignoring")


c = ignores_exit()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError:", e)
done[0] = True
try:
    c.send(None)
except StopIteration:
    print("finished at last")


async def never_started():
    print("never printed")


c = never_started()
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print("after close:", e)

c = never_started()
try:
    c.throw(IndexError("first"))
except IndexError as e:
    print("throw before start", repr(e))
