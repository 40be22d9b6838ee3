package dev.terrarium.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.terrarium.controller.fakes.FakeChild;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The heap and CPU limits through the public Sandbox API and the real child: oversized
 * requests are a MemoryError the guest catches, a heap filled by many small objects ends
 * the run with {@link Outcome#MEMORY_LIMIT}, and a run that uses up its CPU time ends with
 * {@link Outcome#CPU_LIMIT} whatever its except and finally clauses try.
 */
class LimitsTest {
    /** A wall-time limit far above the CPU limit, so that only a hang would reach it. */
    private static final Duration WALL = Duration.ofSeconds(90);
    private static final Duration CPU = Duration.ofSeconds(1);

    @TempDir
    Path dir;

    record Run(RunResult result, String out, String err) {}

    private Run run(SandboxOptions options, String... lines) throws IOException {
        Path script = Files.writeString(dir.resolve("main.py"), String.join("\n", lines) + "\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        RunResult result = Sandbox.run(script, List.of(), options.withTimeout(WALL), out, err);
        return new Run(result, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Run withHeap(String heap, String... lines) throws IOException {
        return run(SandboxOptions.defaults().withHeap(heap), lines);
    }

    private Run withCpu(String... lines) throws IOException {
        return run(SandboxOptions.defaults().withCpuLimit(CPU), lines);
    }

    private static void assertStopped(Run run, Outcome outcome, String reason) {
        assertEquals(outcome, run.result().outcome(), run::toString);
        assertEquals(outcome.code, run.result().exitCode(), run::toString);
        assertEquals(reason, run.result().reason(), run::toString);
        assertTrue(run.err().endsWith("terrarium: stopped: " + reason + "\n"), run::toString);
    }

    // ---- memory ---------------------------------------------------------------------------

    @Test
    void oversizedRequestsRaiseAMemoryErrorTheGuestCatches() throws IOException {
        Run run = withHeap("64m",
                "for expr in ['\\'x\\' * 10**12', '[0] * 10**12', 'bytearray(10**12)', '10 ** (10**12)',",
                "             'list(range(10**12))', '\\'x\\'.zfill(10**12)', '1 << 10**12', 'b\\'ab\\' * 10**12',",
                "             '\\'%*d\\' % (10**12, 1)', 'format(1, \\'1000000000000\\')']:",
                "    try:",
                "        eval(expr)",
                "        print(expr, 'succeeded')",
                "    except MemoryError as e:",
                "        print(type(e).__name__, repr(e.args))",
                "print('still running')");
        assertEquals(Outcome.EXITED, run.result().outcome(), run::toString);
        assertEquals(0, run.result().exitCode(), run::toString);
        assertEquals("MemoryError ()\n".repeat(10) + "still running\n", run.out());
        assertEquals("", run.err());
    }

    @Test
    void theAllocationBudgetFollowsTheGrantedHeap() throws IOException {
        String[] program = {
            "try:",
            "    s = 'x' * (48 * 2**20)",
            "    print(len(s))",
            "except MemoryError:",
            "    print('MemoryError')",
        };
        assertEquals("MemoryError\n", withHeap("64m", program).out());
        assertEquals(48 * (1 << 20) + "\n", withHeap("512m", program).out());
    }

    @Test
    void aHeapFilledWithSmallObjectsEndsWithTheMemoryLimit() throws IOException {
        Run run = withHeap("64m",
                "print('filling')",
                "x = None",
                "while True:",
                "    x = [x, 0]");
        assertStopped(run, Outcome.MEMORY_LIMIT, "memory limit of 64 MiB exceeded");
        assertEquals("filling\n", run.out(), "what the guest printed before is kept");
    }

    @Test
    void aListOfManyIntsEndsInAMemoryErrorTheGuestCatches() throws IOException {
        // CPython under a 64 MiB address-space limit raises MemoryError here too; the list's
        // growth accounts for the new int objects its slots will hold, not only the array
        Run run = withHeap("64m",
                "l = []",
                "try:",
                "    while True:",
                "        l.append(len(l))",
                "except MemoryError:",
                "    n = len(l)",
                "    l = None",
                "    print('MemoryError', n > 100000)");
        assertEquals(Outcome.EXITED, run.result().outcome(), run::toString);
        assertEquals("MemoryError True\n", run.out(), run::toString);
    }

    @Test
    void aFinallyBodyDoesNotRunWhenTheHeapIsExhausted() throws IOException {
        Run run = withHeap("64m",
                "def fill():",
                "    x = None",
                "    try:",
                "        while True:",
                "            x = [x, 0]",
                "    finally:",
                "        return 'swallowed'",
                "print(fill())");
        assertStopped(run, Outcome.MEMORY_LIMIT, "memory limit of 64 MiB exceeded");
        assertEquals("", run.out());
    }

    // ---- CPU ------------------------------------------------------------------------------

    @Test
    void anEndlessLoopEndsWithTheCpuLimit() throws IOException {
        Run run = withCpu("print('looping')", "while True:", "    pass");
        assertStopped(run, Outcome.CPU_LIMIT, "CPU limit of 1 s exceeded");
        assertEquals("looping\n", run.out());
    }

    @Test
    void noExceptClauseCatchesTheCpuLimit() throws IOException {
        Run run = withCpu(
                "for i in range(3):",
                "    try:",
                "        try:",
                "            while True:",
                "                pass",
                "        except BaseException:",
                "            print('caught BaseException')",
                "    except:",
                "        print('caught by bare except')",
                "print('after')");
        assertStopped(run, Outcome.CPU_LIMIT, "CPU limit of 1 s exceeded");
        assertEquals("", run.out());
    }

    @Test
    void finallyBodiesCannotSwallowOrOutlastTheCpuLimit() throws IOException {
        Run swallow = withCpu(
                "def f():",
                "    try:",
                "        while True:",
                "            pass",
                "    finally:",
                "        return 'swallowed'",
                "print(f())");
        assertStopped(swallow, Outcome.CPU_LIMIT, "CPU limit of 1 s exceeded");
        assertEquals("", swallow.out());
        Run loop = withCpu(
                "try:",
                "    print('body')",
                "finally:",
                "    while True:",
                "        pass");
        assertStopped(loop, Outcome.CPU_LIMIT, "CPU limit of 1 s exceeded");
        assertEquals("body\n", loop.out());
    }

    @Test
    void withStatementsAndGeneratorsDoNotSwallowTheCpuLimit() throws IOException {
        Run run = withCpu(
                "class Suppress:",
                "    def __enter__(self): return self",
                "    def __exit__(self, *exc):",
                "        print('__exit__')",
                "        return True",
                "def forever():",
                "    try:",
                "        while True:",
                "            yield 1",
                "    finally:",
                "        print('generator finally')",
                "with Suppress():",
                "    for _ in forever():",
                "        pass",
                "print('after')");
        assertStopped(run, Outcome.CPU_LIMIT, "CPU limit of 1 s exceeded");
        assertEquals("", run.out());
    }

    @Test
    void recursionThatNeverEndsEndsWithTheCpuLimit() throws IOException {
        Run run = withCpu(
                "def down(n):",
                "    try:",
                "        return down(n + 1)",
                "    except RecursionError:",
                "        return down(0)",
                "down(0)");
        assertStopped(run, Outcome.CPU_LIMIT, "CPU limit of 1 s exceeded");
    }

    @Test
    void sortingAndSummingHugeSequencesEndWithTheCpuLimit() throws IOException {
        Run sort = withCpu(
                "xs = [(i * 7919) % 1000003 for i in range(10**6)]",
                "while True:",
                "    try:",
                "        xs.sort(reverse=True)",
                "        xs.sort()",
                "    except BaseException:",
                "        print('caught')");
        assertStopped(sort, Outcome.CPU_LIMIT, "CPU limit of 1 s exceeded");
        assertEquals("", sort.out());
        Run sum = withCpu("print(sum(range(10**15)))");
        assertStopped(sum, Outcome.CPU_LIMIT, "CPU limit of 1 s exceeded");
    }

    @Test
    void aRunWithinItsCpuLimitIsUnaffected() throws IOException {
        Run run = run(SandboxOptions.defaults().withCpuLimit(Duration.ofSeconds(60)),
                "print(sum(i * i for i in range(100000)))");
        assertEquals(Outcome.EXITED, run.result().outcome(), run::toString);
        assertEquals("333328333350000\n", run.out());
    }

    @Test
    void aChildThatNeverAsksIsKilledPastItsCpuLimit() throws IOException {
        long start = System.nanoTime();
        Run run = run(SandboxOptions.defaults().withCpuLimit(CPU).withMainClass(FakeChild.class.getName())
                .withExtraJvmArgs(List.of("-Dfake.mode=spin")), "print('unused')");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertStopped(run, Outcome.CPU_LIMIT, "CPU limit of 1 s exceeded");
        assertFalse(millis > WALL.toMillis() - 1000, "took " + millis + " ms");
    }

    @Test
    void theCpuLimitCountsFromTheGuestsStartNotFromTheJvmsStartUp() throws IOException {
        // the child burns 1.5 s of CPU before its HELLO, more than the 1 s limit and its grace
        Run run = run(SandboxOptions.defaults().withCpuLimit(CPU)
                .withMainClass(dev.terrarium.controller.fakes.SlowStartChild.class.getName()), "print('unused')");
        assertEquals(Outcome.EXITED, run.result().outcome(), run::toString);
        assertTrue(run.out().startsWith("answer=") && !run.out().startsWith("answer=0"), run::toString);
    }
}
