package dev.terrarium.controller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --max-open-files N}: the guest's descriptors, standard streams included, stay below N. */
class MaxOpenFilesOptionTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private static final String OPEN_UNTIL_FULL = String.join("\n",
            "files = []",
            "try:",
            "    while True:",
            "        files.append(open('/tmp/f%d' % len(files), 'w'))",
            "except OSError as e:",
            "    print(type(e).__name__, e.errno, e)",
            "print(len(files), files[-1].fileno() if files else None)",
            "files.pop().close()",
            "files.append(open('/tmp/again', 'w'))",
            "print(files[-1].fileno())",
            "");

    private int run(String... args) {
        return Main.run(args, out, err);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void openBeyondTheLimitIsEmfileAndClosingFreesADescriptor() throws IOException {
        Path script = Files.writeString(dir.resolve("many.py"), OPEN_UNTIL_FULL);
        assertEquals(0, run("--max-open-files", "6", script.toString()), err.toString(StandardCharsets.UTF_8));
        assertEquals("OSError 24 [Errno 24] Too many open files: '/tmp/f3'\n3 5\n5\n", out());
    }

    @Test
    void theDefaultLimitIs256() throws IOException {
        Path script = Files.writeString(dir.resolve("many.py"), OPEN_UNTIL_FULL);
        assertEquals(0, run("--max-open-files=256", script.toString()));
        String limited = out();
        out.reset();
        assertEquals(0, run(script.toString()));
        assertEquals(limited, out());
        assertTrue(limited.startsWith("OSError 24 [Errno 24] Too many open files: '/tmp/f253'\n253 255\n"), limited);
    }

    @Test
    void badValuesAreUsageErrorsAndTheHelpNamesTheOption() {
        assertEquals(2, run("--max-open-files", "2", "x.py"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith(
                "terrarium: invalid --max-open-files '2' (expected an integer from 3 to 65536)\n"));
        assertEquals(2, run("--max-open-files=many", "x.py"));
        assertEquals(0, run("--help"));
        assertTrue(out().contains("--max-open-files N"));
    }
}
