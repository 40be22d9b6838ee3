# frame.f_globals and frame.clear() of generator frames, and explicit __del__ calls on
# generators, coroutines and async generators (CPython 3.11's _PyGen_Finalize).

MARK = "module global"


def counter():
    x = 1
    yield x
    y = 2
    yield y


def guarded(label):
    try:
        yield 1
        yield 2
    finally:
        print("finally", label)


# f_globals: the globals of the module the generator function was defined in
gen = counter()
frame = gen.gi_frame
print(frame.f_globals is globals(), frame.f_globals["MARK"])
print("f_globals" in dir(frame), "clear" in dir(frame))

# clear() of an unstarted generator's frame closes it
gen = counter()
print(gen.gi_frame.clear(), gen.gi_frame, list(gen))

# clear() of a suspended generator's frame closes it (finally runs); the locals stay
gen = guarded("cleared")
next(gen)
frame = gen.gi_frame
frame.clear()
print(gen.gi_frame, gen.gi_suspended, sorted(frame.f_locals.items()))
try:
    next(gen)
except StopIteration:
    print("StopIteration after clear")

# clear() of a finished generator's frame drops its variables
gen = counter()
next(gen)
frame = gen.gi_frame
for _ in gen:
    pass
print(sorted(frame.f_locals.items()))
print(frame.clear(), frame.f_locals)


# clear() from inside the running body
def clears_itself():
    yield me.gi_frame.clear()


me = clears_itself()
try:
    next(me)
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    counter().gi_frame.clear(1)
except TypeError as e:
    print("TypeError:", e)

# generator.__del__ closes it
gen = guarded("generator del")
next(gen)
print(gen.__del__(), gen.gi_frame)
print(counter().__del__())
for bad in ((1,), ()):
    try:
        counter().__del__(*bad, **({} if bad else {"x": 1}))
    except TypeError as e:
        print("TypeError:", e)


class Step:
    def __await__(self):
        yield "step"


async def waits():
    try:
        await Step()
        return "done"
    finally:
        print("finally coroutine")


# coroutine.__del__ on a suspended coroutine closes it
co = waits()
print(co.send(None))
print(co.__del__(), co.cr_frame, co.cr_suspended)
try:
    co.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

# ... and on a finished one does nothing
co = waits()
co.send(None)
try:
    co.send(None)
except StopIteration as e:
    print("returned", e.value)
print(co.__del__(), co.cr_frame)

# clear() of a suspended coroutine's frame closes it too
co = waits()
co.send(None)
frame = co.cr_frame
print(frame.f_globals is globals())
frame.clear()
print(co.cr_frame)
try:
    co.__del__(1)
except TypeError as e:
    print("TypeError:", e)


async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("finally async generator")


# async_generator.__del__: unstarted, suspended, finished
ag = agen()
print(ag.__del__(), ag.ag_frame is None)
ag = agen()
try:
    ag.__anext__().send(None)
except StopIteration as e:
    print("yielded", e.value)
print(ag.ag_frame.f_globals["MARK"])
print(ag.__del__(), ag.ag_frame)
print(ag.__del__())
try:
    ag.__anext__().send(None)
except StopAsyncIteration:
    print("StopAsyncIteration after __del__")
