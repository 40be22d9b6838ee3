# asyncio.run, sleep, gather (with return_exceptions), the running loop.
import asyncio

log = []


async def worker(name, delay):
    log.append(name + " start")
    await asyncio.sleep(delay)
    log.append(name + " end")
    return name.upper()


async def fails(message):
    await asyncio.sleep(0)
    raise ValueError(message)


async def main():
    loop = asyncio.get_running_loop()
    print(loop is asyncio.get_event_loop(), loop.is_running())
    results = await asyncio.gather(worker("slow", 0.4), worker("fast", 0.05), worker("now", 0))
    print(results)
    print(log)
    print(await asyncio.gather())
    mixed = await asyncio.gather(fails("first"), worker("ok", 0), fails("second"), return_exceptions=True)
    print(mixed)
    try:
        await asyncio.gather(worker("x", 0.01), fails("escapes"))
    except ValueError as e:
        print("gather raised", e)
    print(await asyncio.sleep(0, result="slept"))
    return "main result"


print(asyncio.run(main()))
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    asyncio.run(worker)
except ValueError as e:
    print("ValueError:", str(e).startswith("a coroutine was expected, got <function worker"))


async def nested():
    coro = main()
    try:
        asyncio.run(coro)
    finally:
        coro.close()


try:
    asyncio.run(nested())
except RuntimeError as e:
    print("RuntimeError:", e)
