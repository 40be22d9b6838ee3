package dev.terrarium.controller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.terrarium.controller.Outcome;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --cpu} and {@code --heap} on the command line: parsing, help, and the exit codes of the limits. */
class LimitOptionsTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, out, err);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpDocumentsTheCpuOption() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("--cpu SECONDS"));
    }

    @Test
    void badCpuValuesAreUsageErrors() {
        assertEquals(2, run("--cpu", "lots", "x.py"));
        assertTrue(err().startsWith("terrarium: invalid --cpu 'lots' (expected a positive number of seconds)\n"), err());
        assertEquals(2, run("--cpu=0", "x.py"));
        assertEquals(2, run("--cpu=-1", "x.py"));
        assertEquals(2, run("--cpu"));
    }

    @Test
    void anEndlessLoopExitsWithTheCpuLimitsCode() throws IOException {
        Path script = Files.writeString(dir.resolve("spin.py"), "while True:\n    pass\n");
        assertEquals(Outcome.CPU_LIMIT.code, run("--cpu=0.5", "--timeout", "90", script.toString()));
        assertEquals("terrarium: stopped: CPU limit of 0.5 s exceeded\n", err());
    }

    @Test
    void aHeapFilledUpExitsWithTheMemoryLimitsCode() throws IOException {
        Path script = Files.writeString(dir.resolve("fill.py"), "x = None\nwhile True:\n    x = [x, 0]\n");
        assertEquals(Outcome.MEMORY_LIMIT.code, run("--heap", "32m", "--timeout", "90", script.toString()));
        assertEquals("terrarium: stopped: memory limit of 32 MiB exceeded\n", err());
    }
}
