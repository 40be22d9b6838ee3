# asyncio.Queue: producers and consumers, maxsize, task_done/join, the nowait forms.
import asyncio


async def producer(queue, name, count, log):
    for i in range(count):
        await queue.put((name, i))
        log.append("put %s%d size=%d" % (name, i, queue.qsize()))
    log.append(name + " done")


async def consumer(queue, log, results):
    while True:
        name, i = await queue.get()
        results.append(name + str(i))
        await asyncio.sleep(0)
        queue.task_done()


async def main():
    log = []
    results = []
    queue = asyncio.Queue(maxsize=2)
    print(queue.maxsize, queue.empty(), queue.full(), queue.qsize())
    workers = [asyncio.create_task(consumer(queue, log, results)) for _ in range(2)]
    await asyncio.gather(producer(queue, "a", 3, log), producer(queue, "b", 2, log))
    await queue.join()
    print(sorted(results), len(results))
    print(log[:3])
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print([w.cancelled() for w in workers])

    q = asyncio.Queue(1)
    q.put_nowait("only")
    try:
        q.put_nowait("too many")
    except asyncio.QueueFull:
        print("QueueFull", q.full())
    print(q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty", q.empty())
    try:
        q.task_done()
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)

    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b")]:
        pq.put_nowait(item)
    print([pq.get_nowait() for _ in range(3)])
    lq = asyncio.LifoQueue()
    for item in "xyz":
        await lq.put(item)
    print([await lq.get() for _ in range(3)])

    waiting = asyncio.Queue()
    getter = asyncio.create_task(waiting.get())
    await asyncio.sleep(0)
    print("getter waiting", getter.done())
    waiting.put_nowait("delivered")
    print(await getter)


asyncio.run(main())
