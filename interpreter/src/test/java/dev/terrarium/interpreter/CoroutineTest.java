package dev.terrarium.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Coroutines, async generators and the statements that await, compiled and run in process
 * (the conformance cases in cases/async compare the same with CPython through the child).
 */
@DisplayName("Coroutines and async statements, in process")
class CoroutineTest {

    private static final String DRIVE = """
            def drive(coro):
                sent = None
                yielded = []
                try:
                    while True:
                        yielded.append(coro.send(sent))
                        sent = len(yielded)
                except StopIteration as stop:
                    return stop.value, yielded
            class Step:
                def __init__(self, name):
                    self.name = name
                def __await__(self):
                    return (yield self.name)
            """;

    private static String out(String source) {
        InMemoryHost.Result r = InMemoryHost.run(DRIVE + source);
        assertEquals("", r.stderr(), "stderr");
        assertEquals(0, r.status(), "exit status");
        return r.stdout();
    }

    @Test
    void awaitPassesYieldsUpAndSentValuesDown() {
        String src = """
                async def inner():
                    return await Step("a") + await Step("b")
                async def outer():
                    x = [await inner(), await Step("c")]
                    return x
                print(drive(outer()))
                """;
        assertEquals("([3, 3], ['a', 'b', 'c'])\n", out(src));
    }

    @Test
    void crAwaitIsWhatTheSuspendedCoroutineAwaitsAndIsClearedOnResume() {
        String src = """
                async def f():
                    await Step("x")
                    try:
                        await Step("y")
                    except KeyError:
                        pass
                    return 1
                c = f()
                print(c.cr_await, c.send(None), type(c.cr_await).__name__, c.cr_suspended)
                print(c.send(None), type(c.cr_await).__name__)
                try:
                    c.throw(KeyError)
                except StopIteration as s:
                    print(s.value, c.cr_await, c.cr_suspended)
                """;
        assertEquals("None x generator True\ny generator\n1 None False\n", out(src));
    }

    @Test
    void throwIntoAnUnstartedCoroutineRaisesWithoutRunningTheBody() {
        String src = """
                async def f():
                    print("ran")
                c = f()
                try:
                    c.throw(ValueError("v"))
                except ValueError as e:
                    print("raised", e)
                try:
                    c.send(None)
                except RuntimeError as e:
                    print(e)
                def g():
                    print("ran")
                    yield 1
                it = g()
                try:
                    it.throw(IndexError)
                except IndexError:
                    print("generator too")
                print(list(it))
                """;
        assertEquals("raised v\ncannot reuse already awaited coroutine\ngenerator too\n[]\n", out(src));
    }

    @Test
    void asyncForAsyncWithAndAsyncGeneratorsAwaitEachStep() {
        String src = """
                async def gen(n):
                    for i in range(n):
                        await Step("g" + str(i))
                        yield i
                class CM:
                    async def __aenter__(self):
                        await Step("enter")
                        return "cm"
                    async def __aexit__(self, *exc):
                        await Step("exit")
                        return exc[0] is KeyError
                async def main():
                    got = []
                    async with CM() as name:
                        async for v in gen(2):
                            got.append(v)
                        got.append(name)
                        raise KeyError
                    return got + [x async for x in gen(1)]
                print(drive(main()))
                """;
        assertEquals("([0, 1, 'cm', 0], ['enter', 'g0', 'g1', 'exit', 'g0'])\n", out(src));
    }

    @Test
    void asyncioRunsTasksConcurrently() {
        String src = """
                import asyncio
                async def worker(name, n, log):
                    for i in range(n):
                        log.append(name + str(i))
                        await asyncio.sleep(0)
                    return name
                async def main():
                    log = []
                    r = await asyncio.gather(worker("a", 2, log), worker("b", 3, log))
                    return r, log
                print(asyncio.run(main()))
                """;
        assertEquals("(['a', 'b'], ['a0', 'b0', 'a1', 'b1', 'b2'])\n", out(src));
    }

    @Test
    void awaitingSomethingNotAwaitableIsCPythonsTypeError() {
        InMemoryHost.Result r = InMemoryHost.run(DRIVE + "async def f():\n    await 1\ndrive(f())\n");
        assertEquals(1, r.status());
        assertTrue(r.stderr().endsWith("TypeError: object int can't be used in 'await' expression\n"), r.stderr());
    }
}
