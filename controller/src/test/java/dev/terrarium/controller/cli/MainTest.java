package dev.terrarium.controller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Command-line handling that needs no child: help, version, usage errors, a missing script. */
class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, out, err);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpGoesToStdout() {
        assertEquals(0, run("--help"));
        assertTrue(out().startsWith("usage: terrarium"), out());
        assertEquals("", err());
    }

    @Test
    void versionGoesToStdout() {
        assertEquals(0, run("--version"));
        assertEquals(Main.VERSION + "\n", out());
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertEquals(2, run("--bogus", "x.py"));
        assertTrue(err().startsWith("terrarium: unknown option --bogus\nusage: terrarium"), err());
        assertEquals("", out());
    }

    @Test
    void badOptionValuesAreUsageErrors() {
        assertEquals(2, run("--heap", "lots", "x.py"));
        assertTrue(err().contains("invalid heap size 'lots'"), err());
        assertEquals(2, run("--timeout=-1", "x.py"));
        assertEquals(2, run("--timeout", "soon", "x.py"));
        assertEquals(2, run("--heap"));
    }

    @Test
    void noScriptIsAUsageError() {
        assertEquals(2, run());
        assertTrue(err().startsWith("terrarium: no script given\n"), err());
    }

    @Test
    void missingScriptIsReportedWithItsAbsolutePath() {
        assertEquals(2, run("--timeout", "5", "--heap=64m", "no/such/script.py", "arg"));
        String absolute = Path.of("no/such/script.py").toAbsolutePath().toString();
        assertEquals("terrarium: can't open file '" + absolute + "': [Errno 2] No such file or directory\n", err());
    }
}
