package dev.terrarium.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/** The call log's layers (trace, record, replay) wrap host calls too, whichever kind of guest runs. */
class EmbeddedCallLogTest {
    @TempDir
    Path dir;

    private static final String PROGRAM = "import host\nprint(host.next(), host.next())\n";

    @ParameterizedTest
    @EnumSource(Isolation.class)
    void hostCallsAreTracedRecordedAndReplayedWithoutTheHost(Isolation isolation) throws IOException {
        AtomicLong counter = new AtomicLong(40);
        Path trace = dir.resolve("calls.jsonl");
        Path record = dir.resolve("run.rec");
        ExecutionResult recorded = Terrarium.builder()
                .options(SandboxOptions.defaults().withTrace(trace).withRecord(record))
                .isolation(isolation).timeout(Duration.ofSeconds(60))
                .hostFunction("next", args -> counter.incrementAndGet()).build().run(PROGRAM);
        assertEquals("41 42\n", recorded.stdout(), recorded.stderr());
        long hostCallLines = Files.readAllLines(trace).stream().filter(line -> line.contains("\"op\":\"HOST_CALL\"")).count();
        assertEquals(2, hostCallLines);

        ExecutionResult replayed = Terrarium.builder()
                .options(SandboxOptions.defaults().withReplay(record))
                .isolation(isolation).timeout(Duration.ofSeconds(60))
                .hostFunction("next", args -> counter.incrementAndGet()).build().run(PROGRAM);
        assertEquals(recorded.stdout(), replayed.stdout(), replayed.stderr());
        assertEquals(Outcome.EXITED, replayed.outcome());
        assertEquals(42, counter.get(), "the replay answered from the record, not the host");
        assertTrue(replayed.stderr().isEmpty(), replayed.stderr());
    }
}
