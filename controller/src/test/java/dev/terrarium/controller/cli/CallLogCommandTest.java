package dev.terrarium.controller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.terrarium.controller.trace.StrictJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --trace}, {@code --record}/{@code --replay} and {@code --deterministic} through the
 * command line, with real Python in the real child.
 */
class CallLogCommandTest {
    @TempDir
    Path dir;

    /** Exit code and the two output streams of one command. */
    record Result(int code, String out, String err) {}

    private Result terrarium(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, out, err);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path script(String name, String... lines) throws IOException {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
    }

    private Path dataFolder() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve("in.txt"), "first line\nsecond line\n");
        return data;
    }

    @Test
    void traceHasOneJsonObjectPerCallWithTheScriptsOperations() throws IOException {
        Path data = dataFolder();
        Path script = script("files.py",
                "import time",
                "with open('/data/in.txt') as f:",
                "    lines = f.read().splitlines()",
                "with open('/data/out.txt', 'w') as f:",
                "    f.write(lines[1].upper())",
                "try:",
                "    open('/data/missing.txt')",
                "except FileNotFoundError:",
                "    pass",
                "print(time.time() > 0, lines[0])");
        Path trace = dir.resolve("calls.jsonl");
        Result run = terrarium("--trace", trace.toString(), "--timeout", "60", "--mount", data + ":/data:rw",
                script.toString());
        assertEquals(new Result(0, "True first line\n", ""), run);

        List<Map<String, Object>> calls = new ArrayList<>();
        for (String line : Files.readAllLines(trace, StandardCharsets.UTF_8)) {
            @SuppressWarnings("unchecked")
            Map<String, Object> call = (Map<String, Object>) StrictJson.parse(line);
            calls.add(call);
        }
        for (int i = 0; i < calls.size(); i++) {
            assertEquals((long) i + 1, calls.get(i).get("call"));
            assertTrue(calls.get(i).get("us") instanceof Long, calls.get(i).toString());
        }
        assertEquals("EXIT", calls.get(calls.size() - 1).get("op"));
        assertEquals(List.of(0L), calls.get(calls.size() - 1).get("args"));

        Map<String, Object> openIn = find(calls, "OPEN", "/data/in.txt");
        long fd = (Long) ((List<?>) openIn.get("result")).get(0);
        assertTrue(fd >= 3, openIn.toString());
        Map<String, Object> read = firstAfter(calls, openIn, "READ", fd);
        assertEquals(Map.of("bytes", 23L, "head", "first line\\nsecond line\\n"), ((List<?>) read.get("result")).get(0));

        Map<String, Object> openOut = find(calls, "OPEN", "/data/out.txt");
        Map<String, Object> write = firstAfter(calls, openOut, "WRITE", ((List<?>) openOut.get("result")).get(0));
        assertEquals(Map.of("bytes", 11L, "head", "SECOND LINE"), ((List<?>) write.get("args")).get(1));
        assertEquals(List.of(11L), write.get("result"));

        Map<String, Object> missing = find(calls, "OPEN", "/data/missing.txt");
        assertEquals(2L, missing.get("errno"));
        assertEquals("ENOENT", missing.get("error"));
        assertTrue(!missing.containsKey("result"), missing.toString());

        assertTrue(calls.stream().anyMatch(c -> "TIME".equals(c.get("op"))
                && (Long) ((List<?>) c.get("result")).get(0) > 1_600_000_000L * 1_000_000_000L), calls.toString());
        assertTrue(calls.stream().anyMatch(c -> "WRITE".equals(c.get("op"))
                && ((List<?>) c.get("args")).get(0).equals(1L)), "the print is a WRITE to fd 1");
    }

    /** The first call of {@code op} on descriptor {@code fd} after {@code start}. */
    private static Map<String, Object> firstAfter(List<Map<String, Object>> calls, Map<String, Object> start, String op,
            Object fd) {
        return calls.subList(calls.indexOf(start), calls.size()).stream()
                .filter(c -> op.equals(c.get("op")) && ((List<?>) c.get("args")).get(0).equals(fd))
                .findFirst().orElseThrow(() -> new AssertionError("no " + op + " of fd " + fd + " in " + calls));
    }

    private static Map<String, Object> find(List<Map<String, Object>> calls, String op, String path) {
        return calls.stream().filter(c -> op.equals(c.get("op")) && ((List<?>) c.get("args")).get(0).equals(path))
                .findFirst().orElseThrow(() -> new AssertionError("no " + op + " of " + path + " in " + calls));
    }

    @Test
    void aTraceThatCannotBeWrittenEndsTheRunWithTheReason() throws IOException {
        Path script = script("hello.py", "print('hello')");
        Result unopenable = terrarium("--trace", dir.resolve("no/such/folder/t.jsonl").toString(), script.toString());
        assertEquals(125, unopenable.code(), unopenable.toString());
        assertEquals("", unopenable.out(), "the child never started");
        assertTrue(unopenable.err().startsWith("terrarium: stopped: cannot write the trace file "), unopenable.err());
        assertTrue(unopenable.err().endsWith("No such file or directory\n"), unopenable.err());

        assumeTrue(Files.isWritable(Path.of("/dev/full")), "needs Linux's /dev/full");
        Result full = terrarium("--trace", "/dev/full", script.toString());
        assertEquals(125, full.code(), full.toString());
        assertTrue(full.err().endsWith("terrarium: stopped: cannot write the trace file /dev/full: No space left on device\n"),
                full.err());
        assertEquals("hello\n", full.out(), "the file fails when flushed at the end of the run");
        Result record = terrarium("--record", "/dev/full", script.toString());
        assertEquals(125, record.code(), record.toString());
        assertTrue(record.err().endsWith("terrarium: stopped: cannot write the record file /dev/full: No space left on device\n"),
                record.err());
    }

    @Test
    void aReplayReproducesTheRecordedRunWithoutTheHost() throws IOException {
        Path data = dataFolder();
        Path script = script("work.py",
                "import os, random, sys, time",
                "print(open('/data/in.txt').read().split())",
                "print(time.time(), time.monotonic(), os.urandom(6).hex(), random.random())",
                "print(sorted(os.listdir('/data')), os.stat('/data/in.txt').st_size)",
                "open('/data/made.txt', 'w').write('written')",
                "time.sleep(0.01)",
                "print('to stderr', sys.argv[1:], file=sys.stderr)",
                "sys.exit(3)");
        Path record = dir.resolve("run.rec");
        String mount = data + ":/data:rw";
        Result recorded = terrarium("--record", record.toString(), "--mount", mount, script.toString(), "arg");
        assertEquals(3, recorded.code(), recorded.toString());
        assertTrue(recorded.out().startsWith("['first', 'line', 'second', 'line']\n"), recorded.out());
        assertEquals("to stderr ['arg']\n", recorded.err());
        assertTrue(Files.readString(record, StandardCharsets.ISO_8859_1).startsWith("terrarium-record 1\n"));

        deleteTree(data);
        Result replayed = terrarium("--replay", record.toString(), "--mount", mount, script.toString(), "arg");
        assertEquals(recorded, replayed);

        Files.createDirectories(data);
        Files.writeString(data.resolve("in.txt"), "changed meanwhile\n");
        Result again = terrarium("--replay", record.toString(), script.toString(), "arg");
        assertEquals(recorded, again);
        assertEquals("changed meanwhile\n", Files.readString(data.resolve("in.txt")), "a replay writes nothing");
        assertTrue(!Files.exists(data.resolve("made.txt")), "a replay writes nothing");
    }

    @Test
    void aReplayOfAnotherScriptOrArgvStopsWithTheReason() throws IOException {
        Path script = script("clock.py", "import time", "print(time.time())");
        Path record = dir.resolve("clock.rec");
        assertEquals(0, terrarium("--record", record.toString(), script.toString(), "a").code());

        Result otherArgs = terrarium("--replay", record.toString(), script.toString(), "b");
        assertEquals(117, otherArgs.code(), otherArgs.toString());
        assertEquals("terrarium: stopped: replay diverged before the first call: argv is [\"/work/clock.py\",\"b\"],"
                + " recorded [\"/work/clock.py\",\"a\"]\n", otherArgs.err());

        script("clock.py", "import time", "print(time.monotonic())");
        Result changed = terrarium("--replay", record.toString(), script.toString(), "a");
        assertEquals(117, changed.code(), changed.toString());
        assertEquals("", changed.out());
        assertTrue(changed.err().startsWith(
                "terrarium: stopped: replay diverged before the first call: the script is not the recorded one (sha256 "),
                changed.err());
        assertEquals(1, changed.err().split("\n").length, "one line: " + changed.err());

        Files.writeString(record, "not a record at all\n");
        Result garbage = terrarium("--replay", record.toString(), script.toString(), "a");
        assertEquals(117, garbage.code(), garbage.toString());
        assertTrue(garbage.err().contains("not a Terrarium record"), garbage.err());
    }

    @Test
    void commandTextIsRecordedAndReplayed() throws IOException {
        Path record = dir.resolve("command.rec");
        String code = "import os, time; print(time.time() > 0, len(os.urandom(5)))";
        Result recorded = terrarium("--record", record.toString(), "-c", code);
        assertEquals(new Result(0, "True 5\n", ""), recorded);
        assertEquals(recorded, terrarium("--replay", record.toString(), "-c", code));
        Result other = terrarium("--replay", record.toString(), "-c", "print(2)");
        assertEquals(117, other.code(), other.toString());
        assertTrue(other.err().contains("the script is not the recorded one"), other.err());
    }

    @Test
    void deterministicRunsPrintTheSameTimeRandomnessAndSetOrder() throws IOException {
        Path script = script("dice.py",
                "import os, random, time",
                "print(time.time(), time.monotonic(), time.perf_counter())",
                "print(os.urandom(8).hex(), random.random(), random.randint(1, 6))",
                "time.sleep(0.25)",
                "print(time.time())",
                "print(list({'apple', 'banana', 'cherry', 'date', 'elderberry', 'fig'}))",
                "print(hash('terrarium'))");
        Result first = terrarium("--deterministic", script.toString());
        Result second = terrarium("--deterministic", script.toString());
        assertEquals(0, first.code(), first.toString());
        assertEquals(first, second);
        String[] lines = first.out().split("\n");
        String[] clocks = lines[0].split(" ");
        double time = Double.parseDouble(clocks[0]);
        double monotonic = Double.parseDouble(clocks[1]);
        double perfCounter = Double.parseDouble(clocks[2]);
        assertTrue(time > 946684800.0 && time < 946684800.1, "the virtual clock starts at 2000-01-01: " + lines[0]);
        assertTrue(monotonic > 0 && monotonic < 0.1, lines[0]);
        assertEquals(0.001, perfCounter - monotonic, 1e-9, "each read advances the clock by 1 ms: " + lines[0]);
        assertEquals(time + 0.253, Double.parseDouble(lines[2]), 1e-6,
                "a sleep advances the virtual clock by exactly its length: " + first.out());

        Result seeded = terrarium("--seed", "42", script.toString());
        assertEquals(0, seeded.code(), seeded.toString());
        assertEquals(lines[0], seeded.out().split("\n")[0]);
        assertNotEquals(lines[1], seeded.out().split("\n")[1], "another seed, other random numbers");
        assertEquals(seeded, terrarium("--seed=42", script.toString()));

        Result real = terrarium(script.toString());
        assertNotEquals(lines[0], real.out().split("\n")[0], "without --deterministic the clock is the host's");
    }

    @Test
    void theHashSeedChoosesStringHashesAndARecordKeepsARandomOne() throws IOException {
        Path script = script("hashes.py",
                "print(hash('terrarium'), hash(b'terrarium'))",
                "print(list({'apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', 'grape'}))");
        Result fixed = terrarium(script.toString());
        Result seeded = terrarium("--hash-seed", "42", script.toString());
        assertEquals(0, seeded.code(), seeded.toString());
        assertEquals(seeded, terrarium("--hash-seed=42", "--deterministic", script.toString()));
        assertNotEquals(fixed.out().split("\n")[0], seeded.out().split("\n")[0]);
        assertEquals(fixed, terrarium("--hash-seed", "0", script.toString()), "seed 0 is the default");

        Path record = dir.resolve("hashes.rec");
        Result random = terrarium("--hash-seed", "random", "--record", record.toString(), script.toString());
        Result otherRandom = terrarium("--hash-seed", "random", script.toString());
        assertEquals(0, random.code(), random.toString());
        assertNotEquals(random.out().split("\n")[0], otherRandom.out().split("\n")[0], "a new seed each run");
        assertEquals(random, terrarium("--replay", record.toString(), script.toString()),
                "the replay's child hashes with the recorded seed");
    }

    @Test
    void contradictoryOrMalformedOptionsAreUsageErrors() {
        Result both = terrarium("--record", "a.rec", "--replay", "b.rec", "x.py");
        assertEquals(2, both.code());
        assertTrue(both.err().startsWith("terrarium: --replay and --record cannot be combined\n"), both.err());
        Result deterministicReplay = terrarium("--replay", "b.rec", "--deterministic", "x.py");
        assertEquals(2, deterministicReplay.code());
        Result badSeed = terrarium("--seed", "lucky", "x.py");
        assertEquals(2, badSeed.code());
        assertTrue(badSeed.err().startsWith("terrarium: invalid --seed 'lucky' (expected an integer)\n"), badSeed.err());
        assertEquals(2, terrarium("--hash-seed", "random", "--deterministic", "x.py").code());
        Result bigSeed = terrarium("--hash-seed", "4294967296", "x.py");
        assertEquals(2, bigSeed.code());
        assertTrue(bigSeed.err().startsWith("terrarium: invalid --hash-seed '4294967296'"), bigSeed.err());
        Result help = terrarium("--help");
        for (String option : new String[] {"--trace FILE", "--record FILE", "--replay FILE", "--deterministic", "--seed N", "--hash-seed N|random"}) {
            assertTrue(help.out().contains(option), option);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Test
    void aReplayOfARunStoppedByItsCpuLimitEndsWithTheSameOutcome() throws IOException {
        Path script = script("spin.py", "print('start', flush=True)", "while True:", "    pass");
        Path record = dir.resolve("spin.rec");
        Result original = terrarium("--cpu", "0.5", "--timeout", "60", "--record", record.toString(), script.toString());
        assertEquals(new Result(119, "start\n", "terrarium: stopped: CPU limit of 0.5 s exceeded\n"), original);
        assertEquals(original, terrarium("--timeout", "60", "--replay", record.toString(), script.toString()));
    }

    @Test
    void aReplayOfARunStoppedByItsWallTimeLimitEndsWithTheSameOutcome() throws IOException {
        Path script = script("slow.py", "import time", "print('start', flush=True)", "time.sleep(0.1)",
                "while True:", "    pass");
        Path record = dir.resolve("slow.rec");
        Result original = terrarium("--timeout", "5", "--record", record.toString(), script.toString());
        // (on a loaded machine the child may not even have printed by then: the replay follows the record)
        assertEquals(124, original.code(), original.toString());
        assertEquals("terrarium: stopped: wall-time limit of 5s exceeded\n", original.err());
        assertEquals(original, terrarium("--timeout", "60", "--replay", record.toString(), script.toString()));
    }

    @Test
    void aReplayOfARunStoppedByItsOutputLimitEndsWithTheSameOutcome() throws IOException {
        Path script = script("loud.py", "while True:", "    print('x' * 100, flush=True)");
        Path record = dir.resolve("loud.rec");
        Result original = terrarium("--timeout", "60", "--max-output", "1k", "--record", record.toString(),
                script.toString());
        assertEquals(123, original.code(), original.toString());
        Result replay = terrarium("--timeout", "60", "--replay", record.toString(), script.toString());
        assertEquals(original.code(), replay.code(), replay.toString());
        assertEquals(original.err(), replay.err());
    }
}
