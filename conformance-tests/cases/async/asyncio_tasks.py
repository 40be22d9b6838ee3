# Tasks: create_task, done/result/exception, cancel and CancelledError, current_task.
import asyncio


async def compute(x):
    await asyncio.sleep(0.01)
    return x * 3


async def sleeper(events):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        events.append("cancelled with " + repr(e.args))
        raise
    finally:
        events.append("sleeper finally")


async def broken():
    await asyncio.sleep(0)
    raise KeyError("task failed")


async def main():
    task = asyncio.create_task(compute(5), name="compute-task")
    print(task.get_name(), task.done(), task.cancelled())
    try:
        task.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    print(await task, task.done(), task.result(), task.exception())

    events = []
    s = asyncio.create_task(sleeper(events))
    await asyncio.sleep(0)
    print("cancel", s.cancel("stop now"))
    try:
        await s
    except asyncio.CancelledError as e:
        print("awaiting cancelled task raised CancelledError")
    print(events, s.cancelled(), s.done(), s.cancel())
    try:
        s.result()
    except asyncio.CancelledError:
        print("result() raises CancelledError")

    b = asyncio.create_task(broken())
    await asyncio.sleep(0.01)
    print(b.done(), repr(b.exception()))
    try:
        await b
    except KeyError as e:
        print("await re-raises", repr(e))

    early = asyncio.create_task(compute(1))
    early.cancel()
    try:
        await early
    except asyncio.CancelledError:
        print("cancelled before it started", early.cancelled())

    me = asyncio.current_task()
    print(me.get_name() == "Task-1" or me.get_name().startswith("Task-"), me.done())
    print(isinstance(me, asyncio.Task), isinstance(me, asyncio.Future))
    print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))

    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.01, fut.set_result, "from the loop")
    print(await fut)
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError:
        print("set twice: InvalidStateError")
    return "end"


print(asyncio.run(main()))
