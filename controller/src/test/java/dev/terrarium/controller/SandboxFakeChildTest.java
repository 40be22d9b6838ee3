package dev.terrarium.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.terrarium.controller.fakes.FakeChild;
import dev.terrarium.controller.fakes.ProbeChild;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The controller against fake children: a well-behaved one speaking through the real
 * PipeEndpoint (happy path, virtual file system over the wire), and misbehaving ones
 * (garbage, truncated and huge frames, silence, closed pipes, crashes, endless output).
 * Each run must end with the right outcome, a one-line reason, and no hang.
 */
class SandboxFakeChildTest {
    private static final Duration LIMIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;
    private Path script;

    @BeforeEach
    void writeScript() throws IOException {
        script = dir.resolve("main.py");
        Files.writeString(script, "print('hi')\n");
        Files.writeString(dir.resolve("data.txt"), "some data\n");
    }

    /** The captured outcome of one run. */
    record Run(RunResult result, String out, String err) {}

    private Run run(SandboxOptions options, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        RunResult result = Sandbox.run(script, List.of(args), options, out, err);
        return new Run(result, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Run probe(String... args) {
        return run(SandboxOptions.defaults().withMainClass(ProbeChild.class.getName()).withTimeout(LIMIT), args);
    }

    private Run fake(String mode, SandboxOptions options) {
        return run(options.withMainClass(FakeChild.class.getName())
                .withExtraJvmArgs(List.of("-Dfake.mode=" + mode)));
    }

    private Run fake(String mode) {
        return fake(mode, SandboxOptions.defaults().withTimeout(LIMIT));
    }

    private static void assertStopped(Run run, Outcome outcome, String reasonPart) {
        assertEquals(outcome, run.result().outcome(), run::toString);
        assertEquals(outcome.code, run.result().exitCode());
        assertTrue(run.result().reason().contains(reasonPart), run::toString);
        assertTrue(run.err().contains("terrarium: stopped: " + run.result().reason() + "\n"), run::toString);
    }

    // ---- the happy path ---------------------------------------------------------------

    @Test
    void wellBehavedChildRunsAndExitsZero() {
        Run run = probe();
        assertEquals(Outcome.EXITED, run.result().outcome(), run::toString);
        assertEquals(0, run.result().exitCode());
        assertEquals("argv=[/work/main.py] cwd=/work\nscript: ok print('hi')\nhello\n", run.out());
        assertEquals("", run.err(), "stray System.out text in the child must not show, nor break the protocol");
    }

    @Test
    void argumentsReachTheGuestAfterArgv0() {
        Run run = probe("stderr=to fd 2\n");
        assertTrue(run.out().startsWith("argv=[/work/main.py, stderr=to fd 2\n] cwd=/work\n"), run::toString);
        assertEquals("to fd 2\n", run.err());
    }

    @Test
    void childRunsWithAnEmptyEnvironmentInTheRootDirectory() {
        assertFalse(System.getenv().isEmpty(), "the test itself has an environment");
        Run run = probe("env");
        assertTrue(run.out().contains("env size 0 dir /\n"), run::toString);
    }

    @Test
    void exitStatusIsTheGuestsModulo256() {
        assertEquals(7, probe("exit=7").result().exitCode());
        assertEquals(3, probe("exit=259").result().exitCode());
        assertEquals(255, probe("exit=-1").result().exitCode());
    }

    @Test
    void filesInTheScriptFolderAreReadableByRelativeAndAbsolutePath() {
        Run run = probe("data.txt", "/work/data.txt", "./sub/../data.txt");
        assertTrue(run.out().contains("data.txt -> ok some data\n"), run::toString);
        assertTrue(run.out().contains("/work/data.txt -> ok some data\n"), run::toString);
        assertTrue(run.out().contains("./sub/../data.txt -> ok some data\n"), run::toString);
    }

    @Test
    void nothingOutsideWorkCanBeOpened() throws IOException {
        Path outside = Files.createTempFile("terrarium-outside", ".txt");
        try {
            Files.writeString(outside, "secret");
            Files.createSymbolicLink(dir.resolve("escape.txt"), outside);
            Run run = probe("/etc/passwd", "../../../../etc/passwd", "/work/../etc/passwd",
                    outside.toString(), "escape.txt", "/", "/work", "missing.txt");
            assertTrue(run.out().contains("/etc/passwd -> errno 2\n"), run::toString);
            assertTrue(run.out().contains("../../../../etc/passwd -> errno 2\n"), run::toString);
            assertTrue(run.out().contains("/work/../etc/passwd -> errno 2\n"), run::toString);
            assertTrue(run.out().contains(outside + " -> errno 2\n"), run::toString);
            assertTrue(run.out().contains("escape.txt -> errno 13\n"), run::toString);
            assertTrue(run.out().contains("/ -> errno 21\n"), run::toString);
            assertTrue(run.out().contains("/work -> errno 21\n"), run::toString);
            assertTrue(run.out().contains("missing.txt -> errno 2\n"), run::toString);
            assertFalse(run.out().contains("secret"));
        } finally {
            Files.deleteIfExists(outside);
        }
    }

    @Test
    void writingIsRefusedOnTheReadOnlyMount() {
        // O_WRONLY|O_CREAT|O_TRUNC = 577, as CPython's open(..., 'w')
        Run run = probe("577:new.txt", "577:data.txt", "write=3", "write=0", "write=9");
        assertTrue(run.out().contains("new.txt -> errno 30\n"), run::toString);
        assertTrue(run.out().contains("data.txt -> errno 30\n"), run::toString);
        assertTrue(run.out().contains("write=3 -> errno 9\n"), run::toString);
        assertTrue(run.out().contains("write=0 -> errno 9\n"), run::toString);
        assertTrue(run.out().contains("write=9 -> errno 9\n"), run::toString);
    }

    @Test
    void openDescriptorsAreLimited() {
        Run run = probe("openmany=1000");
        assertTrue(run.out().contains("openmany: errno 24 at open 254\n"), run::toString);
        assertEquals(0, run.result().exitCode());
    }

    @Test
    void writesBiggerThanAFrameAreSplitByTheEndpoint() {
        Run run = probe("bigwrite=3000000");
        assertTrue(run.out().contains("y".repeat(3_000_000) + "\nbigwrite -> [3000000]\n"), "big write lost");
    }

    // ---- misbehaving children -----------------------------------------------------------

    @Test
    void textOnTheRequestPipeIsAProtocolViolation() {
        Run run = fake("garbage");
        assertStopped(run, Outcome.PROTOCOL_VIOLATION, "looks like text \"Hell\"");
    }

    @Test
    void binaryGarbageIsAProtocolViolation() {
        assertStopped(fake("binary-garbage"), Outcome.PROTOCOL_VIOLATION, "malformed request: unknown op code");
    }

    @Test
    void truncatedFrameIsAProtocolViolation() {
        assertStopped(fake("truncated-frame"), Outcome.PROTOCOL_VIOLATION, "truncated frame: 4 of 100 declared bytes");
        assertStopped(fake("truncated-header"), Outcome.PROTOCOL_VIOLATION, "truncated frame header (2 of 4 bytes)");
    }

    @Test
    void hugeDeclaredLengthIsRefusedBeforeAllocating() {
        assertStopped(fake("huge-frame"), Outcome.PROTOCOL_VIOLATION, "frame length 2147483647 outside 0..1048576");
    }

    @Test
    void badRequestsAreProtocolViolations() {
        assertStopped(fake("unknown-op"), Outcome.PROTOCOL_VIOLATION, "unknown op code 99");
        assertStopped(fake("wrong-args"), Outcome.PROTOCOL_VIOLATION, "OPEN expects arguments [String, Long, Long], got [Long]");
        assertStopped(fake("no-hello"), Outcome.PROTOCOL_VIOLATION, "first request is ARGV, not HELLO");
        assertStopped(fake("bad-magic"), Outcome.PROTOCOL_VIOLATION, "HELLO with wrong magic");
        assertStopped(fake("bad-version"), Outcome.PROTOCOL_VIOLATION, "protocol version 99");
        assertStopped(fake("second-hello"), Outcome.PROTOCOL_VIOLATION, "HELLO after the handshake");
    }

    @Test
    void childThatExitsWithoutExitIsACrashAndItsStderrIsShown() {
        Run run = fake("exit-without-exit");
        assertStopped(run, Outcome.CHILD_DIED, "child exited without EXIT (status 3)");
        assertTrue(run.err().contains("fake child: dying without EXIT"), run::toString);
    }

    @Test
    void childStderrIsShownTruncated() {
        Run run = fake("stderr-flood");
        assertStopped(run, Outcome.CHILD_DIED, "(status 4)");
        assertTrue(run.err().length() < 2 * 64 * 1024 + 1000, "stderr not bounded: " + run.err().length());
        assertTrue(run.err().contains("more bytes dropped]"), "no truncation note");
    }

    @Test
    void childThatClosesItsPipesAndLingersIsStopped() {
        Run run = fake("close-pipes");
        assertStopped(run, Outcome.PROTOCOL_VIOLATION, "closed its request pipe without EXIT");
    }

    @Test
    void silentChildIsStoppedAtTheWallTimeLimit() {
        long start = System.nanoTime();
        Run run = fake("silent", SandboxOptions.defaults().withTimeout(Duration.ofMillis(1500)));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertStopped(run, Outcome.TIMEOUT, "wall-time limit of 1.5s exceeded");
        assertTrue(millis < 10_000, "took " + millis + " ms");
    }

    @Test
    void endlessOutputIsStoppedByTheTimeLimit() {
        Run run = fake("endless-write", SandboxOptions.defaults().withTimeout(Duration.ofSeconds(2)));
        assertStopped(run, Outcome.TIMEOUT, "wall-time limit of 2s exceeded");
        assertTrue(run.out().length() > 4096, "the writes were served until the limit");
    }

    @Test
    void endlessOutputIsStoppedByTheOutputLimit() {
        Run run = fake("endless-write", SandboxOptions.defaults().withTimeout(LIMIT).withMaxOutputBytes(100_000));
        assertStopped(run, Outcome.OUTPUT_LIMIT, "output limit of 100000 bytes exceeded");
        assertEquals(100_000, run.out().length());
    }

    @Test
    void childThatLingersAfterExitIsKilledAndItsStatusKept() {
        long start = System.nanoTime();
        Run run = fake("exit-no-wait");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(Outcome.EXITED, run.result().outcome(), run::toString);
        assertEquals(5, run.result().exitCode());
        assertTrue(millis < 15_000, "took " + millis + " ms");
    }

    @Test
    void missingJavaIsALaunchFailure() {
        Run run = run(SandboxOptions.defaults().withJavaExecutable(dir.resolve("no-such-java")));
        assertStopped(run, Outcome.LAUNCH_FAILED, "could not start the child JVM");
    }

    @Test
    void aScriptLinkedFromElsewhereIsStillReadable() throws IOException {
        Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
        Path real = Files.writeString(elsewhere.resolve("real.py"), "linked\n");
        Path links = Files.createDirectory(dir.resolve("links"));
        script = Files.createSymbolicLink(links.resolve("link.py"), real);
        Run run = probe();
        assertTrue(run.out().startsWith("argv=[/work/real.py] cwd=/work\nscript: ok linked\n"), run::toString);
    }

    @Test
    void missingScriptIsReportedLikeCPython() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path missing = dir.resolve("nope.py");
        int code = Sandbox.runScript(missing, List.of(), SandboxOptions.defaults(), new ByteArrayOutputStream(), err);
        assertEquals(2, code);
        assertEquals("terrarium: can't open file '" + missing.toAbsolutePath()
                + "': [Errno 2] No such file or directory\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theControllerGoesOnAfterAViolation() {
        assertStopped(fake("garbage"), Outcome.PROTOCOL_VIOLATION, "frame length");
        assertEquals(0, probe().result().exitCode());
    }
}
