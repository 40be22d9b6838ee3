# Event, Lock, Semaphore and BoundedSemaphore, and as_completed.
import asyncio


async def main():
    event = asyncio.Event()
    print(event.is_set(), repr(event).endswith("[unset]>"))

    async def waiter(n):
        await event.wait()
        return "waiter %d woke" % n

    tasks = [asyncio.create_task(waiter(n)) for n in range(3)]
    await asyncio.sleep(0)
    print([t.done() for t in tasks])
    event.set()
    print(await asyncio.gather(*tasks))
    print(await event.wait(), event.is_set())
    event.clear()
    print(event.is_set())

    lock = asyncio.Lock()
    order = []

    async def critical(n):
        async with lock:
            order.append("in %d" % n)
            await asyncio.sleep(0)
            order.append("out %d" % n)

    await asyncio.gather(*(critical(n) for n in range(3)))
    print(order)
    print(lock.locked())
    await lock.acquire()
    print(lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

    sem = asyncio.Semaphore(2)
    active = []
    peak = [0]

    async def limited(n):
        async with sem:
            active.append(n)
            peak[0] = max(peak[0], len(active))
            await asyncio.sleep(0.001)
            active.remove(n)
        return n

    print(await asyncio.gather(*(limited(n) for n in range(5))), "peak", peak[0])
    bounded = asyncio.BoundedSemaphore(1)
    await bounded.acquire()
    bounded.release()
    try:
        bounded.release()
    except ValueError as e:
        print("ValueError:", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)

    async def after(delay, name):
        await asyncio.sleep(delay)
        return name

    finished = []
    for next_done in asyncio.as_completed([after(0.6, "last"), after(0.05, "first"), after(0.3, "middle")]):
        finished.append(await next_done)
    print(finished)
    try:
        for next_done in asyncio.as_completed([after(1, "never")], timeout=0.01):
            await next_done
    except asyncio.TimeoutError:
        print("as_completed timed out")


asyncio.run(main())
