# wait_for, TimeoutError, asyncio.timeout, shield and wait.
import asyncio


async def slow(events, name, delay):
    try:
        await asyncio.sleep(delay)
        events.append(name + " finished")
        return name
    except asyncio.CancelledError:
        events.append(name + " cancelled")
        raise


async def main():
    events = []
    print(await asyncio.wait_for(slow(events, "quick", 0.01), timeout=1))
    try:
        await asyncio.wait_for(slow(events, "late", 5), timeout=0.02)
    except asyncio.TimeoutError as e:
        print("TimeoutError", type(e) is TimeoutError, repr(e.__cause__))
    print(await asyncio.wait_for(slow(events, "unbounded", 0), None))
    try:
        await asyncio.wait_for(slow(events, "zero", 1), 0)
    except TimeoutError:
        print("timeout 0")
    try:
        async with asyncio.timeout(0.02):
            await slow(events, "in block", 5)
    except TimeoutError:
        print("timeout block expired")
    async with asyncio.timeout(1) as cm:
        await slow(events, "fits", 0.01)
    print("expired", cm.expired())
    print(events)

    t1 = asyncio.create_task(slow(events, "t1", 0.01))
    t2 = asyncio.create_task(slow(events, "t2", 0.5))
    done, pending = await asyncio.wait({t1, t2}, return_when=asyncio.FIRST_COMPLETED)
    print([t.result() for t in done], len(pending))
    done, pending = await asyncio.wait([t2], timeout=0.01)
    print(len(done), len(pending))
    t2.cancel()
    shielded = asyncio.create_task(slow(events, "shielded", 0.4))
    try:
        await asyncio.wait_for(asyncio.shield(shielded), 0.005)
    except TimeoutError:
        print("shield timed out, inner cancelled:", shielded.cancelled())
    print(await shielded)
    print(events[-3:])


asyncio.run(main())
