package dev.terrarium.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.terrarium.controller.fakes.ProbeChild;
import dev.terrarium.controller.vfs.Mount;
import dev.terrarium.controller.vfs.MountMode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file, clock and randomness operation through the real protocol: a {@link ProbeChild}
 * sends the requests through the real PipeEndpoint and prints each reply, and the test
 * reads the transcript (and the host folders).
 */
class FileOpsOverTheWireTest {
    private static final Duration LIMIT = Duration.ofSeconds(30);
    /** Linux open(2) flags, as CPython's os.O_* (decimal, as the probe sends them). */
    private static final String RDWR_CREAT = "66";
    private static final String W = "577"; // O_WRONLY|O_CREAT|O_TRUNC, open(..., 'w')
    private static final String CREAT_EXCL = "193"; // O_WRONLY|O_CREAT|O_EXCL, open(..., 'x')

    @TempDir
    Path dir;
    private Path script;
    private Path out;
    private Path outside;

    @BeforeEach
    void setUp() throws IOException {
        Path scripts = Files.createDirectory(dir.resolve("scripts"));
        script = Files.writeString(scripts.resolve("main.py"), "print('hi')\n");
        out = Files.createDirectory(dir.resolve("out"));
        outside = Files.createDirectory(dir.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "secret");
        Files.writeString(out.resolve("existing.txt"), "existing");
    }

    record Run(RunResult result, String out, String err) {
        /** The reply line of the {@code n}th (from 0) call of {@code op}. */
        String reply(String op, int n) {
            int count = 0;
            for (String line : out.split("\n")) {
                if (line.startsWith(op + " -> ") && count++ == n) {
                    return line.substring(op.length() + 4);
                }
            }
            throw new AssertionError("no reply #" + n + " to " + op + " in:\n" + out);
        }

        String reply(String op) {
            return reply(op, 0);
        }
    }

    private Run probe(SandboxOptions options, String... calls) {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        RunResult result = Sandbox.run(script, List.of(calls),
                options.withMainClass(ProbeChild.class.getName()), stdout, stderr);
        return new Run(result, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
    }

    private Run probe(String... calls) {
        return probe(SandboxOptions.defaults().withTimeout(LIMIT), calls);
    }

    private static String call(String op, Object... args) {
        StringBuilder text = new StringBuilder("call=").append(op);
        for (Object arg : args) {
            text.append(';').append(arg);
        }
        return text.toString();
    }

    private static List<Long> longs(String reply) {
        List<Long> values = new ArrayList<>();
        Matcher m = Pattern.compile("-?[0-9]+").matcher(reply);
        while (m.find()) {
            values.add(Long.parseLong(m.group()));
        }
        return values;
    }

    @Test
    void fileOperationsInTheMemoryTmp() {
        Run run = probe(
                call("CHDIR", "/tmp"), call("GETCWD"),
                call("OPEN", "f.txt", RDWR_CREAT, 420), call("WRITE", 3, "b:hello"),
                call("LSEEK", 3, 1, 0), call("READ", 3, 100),
                call("LSEEK", 3, 0, 9), call("LSEEK", 3, -10, 1), call("LSEEK", 3, -1, 2),
                call("FTRUNCATE", 3, 2), call("FSTAT", 3), call("CLOSE", 3),
                call("READ", 3, 1), call("FSTAT", 3), call("LSEEK", 1, 0, 0), call("ISATTY", 1), call("ISATTY", 3),
                call("OPEN", "f.txt", CREAT_EXCL, 420),
                call("MKDIR", "d", 493), call("MKDIR", "d", 493),
                call("RENAME", "f.txt", "d/g.txt"), call("LISTDIR", "/tmp"), call("LISTDIR", "d"),
                call("STAT", "d/g.txt"), call("LSTAT", "d"), call("TRUNCATE", "d/g.txt", 7), call("STAT", "d/g.txt"),
                call("RMDIR", "d"), call("UNLINK", "d"), call("UNLINK", "d/g.txt"), call("RMDIR", "d"),
                call("LISTDIR", "/"), call("LISTDIR", "/tmp"), call("STAT", "/etc/passwd"),
                call("CHDIR", "/nowhere"), call("GETCWD"));
        assertEquals(Outcome.EXITED, run.result().outcome(), run::toString);
        assertEquals("ok []", run.reply("CHDIR"));
        assertEquals("ok ['/tmp']", run.reply("GETCWD"));
        assertEquals("ok [3]", run.reply("OPEN"));
        assertEquals("ok [5]", run.reply("WRITE"));
        assertEquals("ok [1]", run.reply("LSEEK"));
        assertEquals("ok [b'ello']", run.reply("READ"));
        assertEquals("errno 22", run.reply("LSEEK", 1), "bad whence");
        assertEquals("errno 22", run.reply("LSEEK", 2), "negative offset");
        assertEquals("ok [4]", run.reply("LSEEK", 3), "SEEK_END");
        assertEquals("ok []", run.reply("FTRUNCATE"));
        List<Long> fstat = longs(run.reply("FSTAT"));
        assertEquals(10, fstat.size(), run.reply("FSTAT"));
        assertEquals(0100644L, fstat.get(0), "st_mode");
        assertEquals(1000L, fstat.get(4), "st_uid");
        assertEquals(2L, fstat.get(6), "st_size");
        assertTrue(fstat.get(8) > 1_600_000_000_000_000_000L, "st_mtime_ns");
        assertEquals("errno 9", run.reply("READ", 1));
        assertEquals("errno 9", run.reply("FSTAT", 1));
        assertEquals("errno 29", run.reply("LSEEK", 4), "a standard stream cannot seek");
        assertEquals("ok [0]", run.reply("ISATTY"));
        assertEquals("errno 9", run.reply("ISATTY", 1));
        assertEquals("errno 17", run.reply("OPEN", 1));
        assertEquals("ok []", run.reply("MKDIR"));
        assertEquals("errno 17", run.reply("MKDIR", 1));
        assertEquals("ok []", run.reply("RENAME"));
        assertEquals("ok [['d']]", run.reply("LISTDIR"));
        assertEquals("ok [['g.txt']]", run.reply("LISTDIR", 1));
        assertEquals(2L, longs(run.reply("STAT")).get(6));
        assertEquals(0040000L, longs(run.reply("LSTAT")).get(0) & 0170000, "a directory");
        assertEquals(7L, longs(run.reply("STAT", 1)).get(6));
        assertEquals("errno 39", run.reply("RMDIR"));
        assertEquals("errno 21", run.reply("UNLINK"));
        assertEquals("ok []", run.reply("UNLINK", 1));
        assertEquals("ok []", run.reply("RMDIR", 1));
        assertEquals("ok [['tmp', 'work']]", run.reply("LISTDIR", 2));
        assertEquals("ok [[]]", run.reply("LISTDIR", 3));
        assertEquals("errno 2", run.reply("STAT", 2));
        assertEquals("errno 2", run.reply("CHDIR", 1));
        assertEquals("ok ['/tmp']", run.reply("GETCWD", 1), "a failed chdir keeps the cwd");
    }

    @Test
    void clocksAndRandomness() {
        Run run = probe(call("TIME"), call("MONOTONIC"), call("MONOTONIC"),
                call("URANDOM", 16), call("URANDOM", 1_000_000), call("URANDOM", 0), call("URANDOM", -1),
                call("MONOTONIC"), call("SLEEP", 30_000_000L), call("MONOTONIC"), call("SLEEP", -1));
        long now = System.currentTimeMillis() * 1_000_000L;
        long time = longs(run.reply("TIME")).get(0);
        assertTrue(Math.abs(now - time) < 60_000_000_000L, "time " + time + " vs " + now);
        assertTrue(longs(run.reply("MONOTONIC", 1)).get(0) >= longs(run.reply("MONOTONIC")).get(0));
        assertEquals("ok [<16 bytes>]", run.reply("URANDOM"));
        assertEquals("ok [<65536 bytes>]", run.reply("URANDOM", 1), "capped");
        assertEquals("ok [b'']", run.reply("URANDOM", 2));
        assertEquals("errno 22", run.reply("URANDOM", 3));
        assertEquals("ok []", run.reply("SLEEP"));
        assertTrue(longs(run.reply("MONOTONIC", 3)).get(0) - longs(run.reply("MONOTONIC", 2)).get(0) >= 30_000_000L,
                "SLEEP waited at least its time");
        assertEquals("errno 22", run.reply("SLEEP", 1));
    }

    @Test
    void malformedPathsAreErrnosNotViolations() {
        Run run = probe(call("STAT", "a\0b"), call("STAT", "x".repeat(300)), call("MKDIR", "/tmp/" + "d/".repeat(2100), 493),
                call("STAT", ""), call("LISTDIR", "/tmp/none"), call("RENAME", "/tmp", "/work/t"),
                call("FTRUNCATE", 1, 0), call("FTRUNCATE", 77, 0));
        assertEquals(0, run.result().exitCode(), run::toString);
        assertEquals("errno 22", run.reply("STAT"), "NUL in a path");
        assertEquals("errno 36", run.reply("STAT", 1), "name over 255 bytes");
        assertEquals("errno 36", run.reply("MKDIR"), "path over 4096 bytes");
        assertEquals("errno 2", run.reply("STAT", 2));
        assertEquals("errno 2", run.reply("LISTDIR"));
        assertEquals("errno 16", run.reply("RENAME"), "a mount point cannot move");
        assertEquals("errno 22", run.reply("FTRUNCATE"), "stdout cannot be truncated");
        assertEquals("errno 9", run.reply("FTRUNCATE", 1));
    }

    @Test
    void wrongArgumentsToTheNewOperationsAreProtocolViolations() {
        Run run = probe(call("LSEEK", "x", 0, 0));
        assertEquals(Outcome.PROTOCOL_VIOLATION, run.result().outcome(), run::toString);
        assertTrue(run.result().reason().contains("LSEEK expects arguments [Long, Long, Long], got [String, Long, Long]"),
                run.result().reason());
        run = probe(call("STAT"));
        assertEquals(Outcome.PROTOCOL_VIOLATION, run.result().outcome(), run::toString);
    }

    @Test
    void aReadWriteMountWritesTheHostAndCannotBeEscaped() throws IOException {
        Files.createSymbolicLink(out.resolve("link-out"), outside);
        Run run = probe(SandboxOptions.defaults().withTimeout(LIMIT).withMount(new Mount(out, "/out", MountMode.RW)),
                call("OPEN", "/out/new.txt", W, 420), call("WRITE", 3, "b:written"), call("CLOSE", 3),
                call("OPEN", "/out/../../../etc/x", W, 420), call("OPEN", "/out/link-out/x", W, 420),
                call("OPEN", "/out/link-out/secret.txt", 0, 0), call("UNLINK", "/out/existing.txt"),
                call("OPEN", "/work/new.txt", W, 420));
        assertEquals(0, run.result().exitCode(), run::toString);
        assertEquals("written", Files.readString(out.resolve("new.txt")));
        assertEquals("errno 2", run.reply("OPEN", 1), "/etc does not exist in the guest");
        assertEquals("errno 13", run.reply("OPEN", 2));
        assertEquals("errno 13", run.reply("OPEN", 3));
        assertFalse(Files.exists(out.resolve("existing.txt")));
        assertEquals("errno 30", run.reply("OPEN", 4), "the script's folder stays read-only");
        assertEquals(List.of("secret.txt"), List.of(outside.toFile().list()));
    }

    private Run overlayRun(boolean commit, Duration timeout, String... extra) {
        List<String> calls = new ArrayList<>(List.of(
                call("OPEN", "/ov/new.txt", W, 420), call("WRITE", 3, "b:new"), call("CLOSE", 3),
                call("UNLINK", "/ov/existing.txt"), call("LISTDIR", "/ov")));
        calls.addAll(List.of(extra));
        return probe(SandboxOptions.defaults().withTimeout(timeout).withCommitOverlay(commit)
                .withMount(new Mount(out, "/ov", MountMode.OVERLAY)), calls.toArray(new String[0]));
    }

    private void assertHostUntouched() throws IOException {
        assertEquals(List.of("existing.txt"), List.of(out.toFile().list()));
        assertEquals("existing", Files.readString(out.resolve("existing.txt")));
    }

    @Test
    void anOverlayIsCommittedOnlyAfterSuccessAndOnlyIfAsked() throws IOException {
        Run run = overlayRun(false, LIMIT);
        assertEquals(0, run.result().exitCode(), run::toString);
        assertEquals("ok [['new.txt']]", run.reply("LISTDIR"));
        assertHostUntouched();

        run = overlayRun(true, LIMIT);
        assertEquals(0, run.result().exitCode(), run::toString);
        assertEquals(List.of("new.txt"), List.of(out.toFile().list()));
        assertEquals("new", Files.readString(out.resolve("new.txt")));
    }

    @Test
    void aFailedRunLeavesTheHostUntouched() throws IOException {
        Run run = overlayRun(true, LIMIT, "exit=1");
        assertEquals(1, run.result().exitCode(), run::toString);
        assertEquals("ok [['new.txt']]", run.reply("LISTDIR"));
        assertHostUntouched();
    }

    @Test
    void aKilledRunLeavesTheHostUntouched() throws IOException {
        Run run = overlayRun(true, Duration.ofSeconds(5), "sleep=60000");
        assertEquals(Outcome.TIMEOUT, run.result().outcome(), run::toString);
        assertEquals("ok [['new.txt']]", run.reply("LISTDIR"), "the overlay was changed before the kill");
        assertHostUntouched();
    }

    @Test
    void quotaExhaustionAnswersEnospcAndKeepsEarlierWrites() throws IOException {
        Run run = probe(SandboxOptions.defaults().withTimeout(LIMIT).withMount(new Mount(out, "/out", MountMode.RW))
                        .withMaxWriteBytes(10).withMaxFiles(2),
                call("OPEN", "/out/a.txt", W, 420), call("WRITE", 3, "b:12345678"), call("WRITE", 3, "b:abc"),
                call("CLOSE", 3), call("OPEN", "/tmp/b.txt", W, 420), call("WRITE", 3, "b:xyz"),
                call("OPEN", "/out/c.txt", W, 420), call("MKDIR", "/tmp/d", 493));
        assertEquals(0, run.result().exitCode(), run::toString);
        assertEquals("ok [8]", run.reply("WRITE"));
        assertEquals("errno 28", run.reply("WRITE", 1));
        assertEquals("errno 28", run.reply("WRITE", 2), "the quota is shared by all writable mounts");
        assertEquals("errno 28", run.reply("OPEN", 2), "two files created already");
        assertEquals("errno 28", run.reply("MKDIR"));
        assertEquals("12345678", Files.readString(out.resolve("a.txt")));
        assertFalse(Files.exists(out.resolve("c.txt")));
    }

    @Test
    void aMissingMountFolderStopsTheRunBeforeItStarts() {
        Run run = probe(SandboxOptions.defaults().withMount(new Mount(dir.resolve("missing"), "/m", MountMode.RW)));
        assertEquals(Outcome.LAUNCH_FAILED, run.result().outcome(), run::toString);
        assertTrue(run.err().contains("terrarium: stopped: cannot mount " + dir.resolve("missing") + " at /m"), run.err());
    }
}
