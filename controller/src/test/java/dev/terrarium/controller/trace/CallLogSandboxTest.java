package dev.terrarium.controller.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.terrarium.controller.Outcome;
import dev.terrarium.controller.RunResult;
import dev.terrarium.controller.Sandbox;
import dev.terrarium.controller.SandboxOptions;
import dev.terrarium.controller.fakes.FakeChild;
import dev.terrarium.runtime.external.Op;
import dev.terrarium.runtime.external.Reply;
import dev.terrarium.runtime.external.Request;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Record, replay and trace through the Sandbox API with fake children, which can ask for
 * exactly the calls a test needs (something a real script replayed from its own record
 * never does), and with damaged record files.
 */
class CallLogSandboxTest {
    private static final Duration LIMIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;
    private Path script;
    private Path record;

    @BeforeEach
    void writeScript() throws IOException {
        script = Files.writeString(dir.resolve("main.py"), "print('hi')\n");
        record = dir.resolve("run.rec");
    }

    record Run(RunResult result, String out, String err) {}

    private Run fake(String ops, SandboxOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        RunResult result = Sandbox.run(script, List.of(), options.withTimeout(LIMIT)
                .withMainClass(FakeChild.class.getName())
                .withExtraJvmArgs(List.of("-Dfake.mode=ops", "-Dfake.ops=" + ops)), out, err);
        return new Run(result, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static void assertDiverged(Run run, String reason) {
        assertEquals(Outcome.REPLAY_DIVERGED, run.result().outcome(), run::toString);
        assertEquals(117, run.result().exitCode());
        assertEquals(reason, run.result().reason());
        assertEquals("terrarium: stopped: " + reason + "\n", run.err());
    }

    @Test
    void aReplayAnswersFromTheRecordAndStopsWhereTheGuestAsksSomethingElse() {
        Run recorded = fake("TIME,URANDOM", SandboxOptions.defaults().withRecord(record));
        assertEquals(new RunResult(Outcome.EXITED, 0, null), recorded.result(), recorded::toString);

        Run same = fake("TIME,URANDOM", SandboxOptions.defaults().withReplay(record));
        assertEquals(recorded.result(), same.result(), same::toString);

        assertDiverged(fake("TIME,MONOTONIC", SandboxOptions.defaults().withReplay(record)),
                "replay diverged at call 2: expected URANDOM, got MONOTONIC");
        assertDiverged(fake("TIME,URANDOM,TIME", SandboxOptions.defaults().withReplay(record)),
                "replay diverged at call 3: expected EXIT, got TIME");
        assertDiverged(fake("TIME", SandboxOptions.defaults().withReplay(record)),
                "replay diverged at call 2: expected URANDOM, got EXIT");
    }

    @Test
    void aTracedReplayShowsTheRecordedAnswers() throws IOException {
        fake("TIME,URANDOM", SandboxOptions.defaults().withRecord(record).withDeterministic(true));
        Path trace = dir.resolve("replay.jsonl");
        Run replay = fake("TIME,URANDOM", SandboxOptions.defaults().withReplay(record).withTrace(trace));
        assertEquals(Outcome.EXITED, replay.result().outcome(), replay::toString);
        List<String> lines = Files.readAllLines(trace);
        assertEquals(3, lines.size(), lines::toString);
        @SuppressWarnings("unchecked")
        Map<String, Object> time = (Map<String, Object>) StrictJson.parse(lines.get(0));
        assertEquals("TIME", time.get("op"));
        assertEquals(List.of(DeterministicHost.EPOCH_NANOS + DeterministicHost.STEP_NANOS), time.get("result"),
                "the clock of the recorded deterministic run");
    }

    @Test
    void aRecordEndingEarlyOrDamagedStopsTheReplayWithTheReason() throws IOException {
        String sha256 = sha256(script);
        writeRecord(sha256, out -> RecordFormat.writeEntry(out,
                new RecordFormat.Entry(0, Request.of(Op.TIME), Reply.ok(5L))));
        assertDiverged(fake("TIME,TIME", SandboxOptions.defaults().withReplay(record)),
                "replay diverged at call 2: the record ends after call 1, got TIME");

        writeRecord(sha256, out -> {
            RecordFormat.writeEntry(out, new RecordFormat.Entry(0, Request.of(Op.TIME), Reply.ok(5L)));
            out.write(new byte[] {0, 0x7f, -1, -1, -1, 1, 2, 3});
        });
        Run huge = fake("TIME,TIME", SandboxOptions.defaults().withReplay(record));
        assertEquals(Outcome.REPLAY_DIVERGED, huge.result().outcome(), huge::toString);
        assertTrue(huge.result().reason().startsWith("cannot replay " + record + " at call 2: damaged entry: frame length"),
                huge.result().reason());

        writeRecord(sha256, out -> out.write(new byte[] {0, 0, 0, 0, 20, 0, 0}));
        Run truncated = fake("TIME", SandboxOptions.defaults().withReplay(record));
        assertEquals("cannot replay " + record + " at call 1: the record is truncated", truncated.result().reason());
    }

    @Test
    void aCallThatEndsTheRunIsTracedWithTheReason() throws IOException {
        Path trace = dir.resolve("t.jsonl");
        Map<String, Object> last = lastLine(misbehave("wrong-args", SandboxOptions.defaults().withTrace(trace)),
                Outcome.PROTOCOL_VIOLATION, trace);
        assertEquals("OPEN", last.get("op"));
        assertEquals(List.of(5L), last.get("args"));
        assertTrue(((String) last.get("violation")).startsWith("OPEN expects arguments"), last.toString());

        last = lastLine(misbehave("endless-write", SandboxOptions.defaults().withTrace(trace).withMaxOutputBytes(10_000)),
                Outcome.OUTPUT_LIMIT, trace);
        assertEquals("WRITE", last.get("op"));
        assertEquals("output limit of 10000 bytes exceeded", last.get("stopped"));
    }

    private RunResult misbehave(String mode, SandboxOptions options) {
        return Sandbox.run(script, List.of(), options.withTimeout(LIMIT).withMainClass(FakeChild.class.getName())
                .withExtraJvmArgs(List.of("-Dfake.mode=" + mode)), new ByteArrayOutputStream(), new ByteArrayOutputStream());
    }

    private static Map<String, Object> lastLine(RunResult result, Outcome outcome, Path trace) throws IOException {
        assertEquals(outcome, result.outcome(), result::toString);
        List<String> lines = Files.readAllLines(trace);
        for (String line : lines) {
            StrictJson.parse(line);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> last = (Map<String, Object>) StrictJson.parse(lines.get(lines.size() - 1));
        return last;
    }

    /** Writes a record header for this script with an empty argv tail, then {@code entries}. */
    private void writeRecord(String sha256, IoConsumer<DataOutputStream> entries) throws IOException {
        try (OutputStream file = Files.newOutputStream(record); DataOutputStream out = new DataOutputStream(file)) {
            RecordFormat.writeHeader(out, new RecordFormat.Header(sha256, List.of("/work/main.py"), 0L));
            entries.accept(out);
        }
    }

    interface IoConsumer<T> {
        void accept(T value) throws IOException;
    }

    private static String sha256(Path file) throws IOException {
        try {
            return java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
