package dev.terrarium.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** In-process runs behave as child-process runs, with a fresh runtime each time. */
class InProcessIsolationTest {
    private static final List<String> PROGRAMS = List.of(
            String.join("\n",
                    "class Shape:",
                    "    def __init__(self, sides): self.sides = sides",
                    "    def __repr__(self): return f'Shape({self.sides})'",
                    "shapes = sorted([Shape(n) for n in (5, 3, 4)], key=lambda s: s.sides)",
                    "print(shapes, sum(s.sides for s in shapes))",
                    "import collections",
                    "print(collections.Counter('abracadabra').most_common(2))",
                    "def fail(n):",
                    "    return fail(n - 1) if n else {}['missing']",
                    "fail(2)",
                    ""),
            String.join("\n",
                    "import os, sys",
                    "with open('/tmp/notes.txt', 'w') as f:",
                    "    f.write('one\\ntwo\\n')",
                    "print(open('/tmp/notes.txt').read().split(), os.listdir('/tmp'), sys.argv)",
                    "import host",
                    "print(host.add(2, 40), host.add('a', 'b'))",
                    "print('bye', file=sys.stderr)",
                    "sys.exit(3)",
                    ""),
            "print(undefined_name)\n");

    private static Terrarium sandbox(Isolation isolation) {
        return Terrarium.builder().isolation(isolation).timeout(Duration.ofSeconds(60)).argv("x")
                .hostFunction("add", args -> args.get(0) instanceof Long
                        ? (Long) args.get(0) + (Long) args.get(1) : (String) args.get(0) + args.get(1))
                .build();
    }

    @Test
    void outputEqualsTheChildProcesses() {
        Terrarium child = sandbox(Isolation.CHILD_PROCESS);
        Terrarium inProcess = sandbox(Isolation.IN_PROCESS);
        for (String program : PROGRAMS) {
            ExecutionResult expected = child.run(program);
            ExecutionResult actual = inProcess.run(program);
            assertEquals(expected.stdout(), actual.stdout(), program);
            assertEquals(expected.stderr(), actual.stderr(), program);
            assertEquals(expected.outcome(), actual.outcome(), program);
            assertEquals(expected.exitCode(), actual.exitCode(), program);
            assertEquals(expected.callCount(), actual.callCount(), program);
            assertTrue(actual.stdout().length() + actual.stderr().length() > 0);
        }
        ExecutionResult last = inProcess.run(PROGRAMS.get(1));
        assertEquals(3, last.exitCode());
        assertNotNull(last.cpuTime(), "the guest thread's CPU time");
        assertEquals(-1, last.peakMemoryBytes());
    }

    @Test
    void eachRunHasAFreshRuntime() {
        Terrarium terrarium = sandbox(Isolation.IN_PROCESS);
        String program = "import sys\nprint(getattr(sys, 'marker', None))\nsys.marker = 'set'\n"
                + "import builtins\nbuiltins.leaked = 1\n";
        assertEquals("None\n", terrarium.run(program).stdout());
        ExecutionResult second = terrarium.run(program + "print(leaked)\n");
        assertEquals("None\n1\n", second.stdout(), second.stderr());
        ExecutionResult third = terrarium.run("import builtins\nprint(hasattr(builtins, 'leaked'))\n");
        assertEquals("False\n", third.stdout(), third.stderr());
    }

    @Test
    void wallTimeAndOutputLimitsHoldInProcess() {
        ExecutionResult slow = Terrarium.builder().isolation(Isolation.IN_PROCESS).timeout(Duration.ofSeconds(10))
                .build().run("print('started', flush=True)\nwhile True:\n    try:\n        pass\n"
                        + "    finally:\n        x = 1\n");
        assertEquals(Outcome.TIMEOUT, slow.outcome(), slow.stderr());
        assertEquals("started\n", slow.stdout());
        ExecutionResult loud = Terrarium.builder().isolation(Isolation.IN_PROCESS).maxOutputBytes(64)
                .timeout(Duration.ofSeconds(60)).build().run("while True:\n    print('y' * 10)\n");
        assertEquals(Outcome.OUTPUT_LIMIT, loud.outcome(), loud.stderr());
        assertEquals(64, loud.stdout().length());
        // the controller's JVM goes on serving
        ExecutionResult after = Terrarium.builder().isolation(Isolation.IN_PROCESS).build().run("print(6 * 7)\n");
        assertEquals("42\n", after.stdout(), after.stderr());
    }

    @Test
    void cpuLimitHoldsInProcess() {
        ExecutionResult spent = Terrarium.builder()
                .options(SandboxOptions.defaults().withCpuLimit(Duration.ofSeconds(1)))
                .isolation(Isolation.IN_PROCESS).timeout(Duration.ofSeconds(60)).build()
                .run("print('started', flush=True)\nwhile True:\n    pass\n");
        assertEquals(Outcome.CPU_LIMIT, spent.outcome(), spent.stderr());
        assertEquals(Outcome.CPU_LIMIT.code, spent.exitCode());
        assertEquals("started\n", spent.stdout());
        assertTrue(spent.reason().contains("CPU limit of 1 s"), spent.reason());
    }

    @Test
    void hashSeedAndHeapBudgetReachEveryInProcessRunAfresh() {
        String hashing = "print(hash('terrarium'), {'b', 'a', 'c'} == {'a', 'b', 'c'})\n";
        List<String> seen = new java.util.ArrayList<>();
        for (long seed : new long[] {42, 7}) {
            SandboxOptions seeded = SandboxOptions.defaults().withHashSeed(seed);
            ExecutionResult inProcess = Terrarium.builder().options(seeded).isolation(Isolation.IN_PROCESS)
                    .timeout(Duration.ofSeconds(60)).build().run(hashing);
            ExecutionResult child = Terrarium.builder().options(seeded).timeout(Duration.ofSeconds(60)).build()
                    .run(hashing);
            assertEquals(child.stdout(), inProcess.stdout(), inProcess.stderr());
            seen.add(inProcess.stdout());
        }
        // CPython: PYTHONHASHSEED=42 and =7 python3 -c "print(hash('terrarium'))"
        assertEquals(List.of("454993166794495845 True\n", "8309055932071225056 True\n"), seen);

        String allocating = "try:\n    b = bytearray(24 * 2**20)\n    print('allocated')\n"
                + "except MemoryError:\n    print('MemoryError')\n";
        ExecutionResult small = Terrarium.builder().heap("64m").isolation(Isolation.IN_PROCESS)
                .timeout(Duration.ofSeconds(60)).build().run(allocating);
        assertEquals("MemoryError\n", small.stdout(), small.stderr());
        ExecutionResult large = Terrarium.builder().heap("512m").isolation(Isolation.IN_PROCESS)
                .timeout(Duration.ofSeconds(60)).build().run(allocating);
        assertEquals("allocated\n", large.stdout(), large.stderr());
    }

    @Test
    void aHeapFilledWithSmallObjectsEndsWithTheMemoryLimitInProcess() {
        ExecutionResult full = Terrarium.builder().heap("32m").isolation(Isolation.IN_PROCESS)
                .timeout(Duration.ofSeconds(60)).build()
                .run("print('filling', flush=True)\nx = None\nwhile True:\n    x = [x, 0]\n");
        assertEquals(Outcome.MEMORY_LIMIT, full.outcome(), full.stderr());
        assertEquals(Outcome.MEMORY_LIMIT.code, full.exitCode());
        assertEquals("memory limit of 32 MiB exceeded", full.reason());
        assertEquals("filling\n", full.stdout());
        // the controller's JVM goes on serving
        ExecutionResult after = Terrarium.builder().isolation(Isolation.IN_PROCESS).build().run("print(6 * 7)\n");
        assertEquals("42\n", after.stdout(), after.stderr());
    }

    @Test
    void manyInProcessRunsDoNotKeepTheirRuntimes() throws InterruptedException {
        java.lang.management.ClassLoadingMXBean classes = java.lang.management.ManagementFactory.getClassLoadingMXBean();
        Terrarium sandbox = Terrarium.builder().isolation(Isolation.IN_PROCESS).timeout(Duration.ofSeconds(60)).build();
        assertEquals("1\n", sandbox.run("print(1)\n").stdout()); // the JDK's own classes are loaded by now
        long loadedBefore = classes.getTotalLoadedClassCount();
        long unloadedBefore = classes.getUnloadedClassCount();
        int runs = 8;
        for (int i = 0; i < runs; i++) {
            ExecutionResult result = sandbox.run("import collections\nprint(collections.Counter('aab')['a'])\n");
            assertEquals("2\n", result.stdout(), result.stderr());
        }
        long perRun = (classes.getTotalLoadedClassCount() - loadedBefore) / runs;
        assertTrue(perRun > 100, "each run loads its own runtime: " + perRun + " classes");
        // every run's loader, and with it its copy of the runtime, can be collected: all but
        // (at most) the last run's classes are unloaded after a few full collections
        long wanted = (runs - 1) * perRun;
        long unloaded = 0;
        for (int attempt = 0; attempt < 30 && unloaded < wanted; attempt++) {
            System.gc();
            Thread.sleep(100);
            unloaded = classes.getUnloadedClassCount() - unloadedBefore;
        }
        assertTrue(unloaded >= wanted, "unloaded " + unloaded + " classes of " + runs + " runs of " + perRun);
    }
}
