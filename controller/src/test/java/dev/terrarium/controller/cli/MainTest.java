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
    void noScriptAfterDoubleDashIsAUsageError() {
        // Without any argument terrarium reads the program from stdin, as python does (see
        // PythonShapedCliTest); "--" promises a script file.
        assertEquals(2, run("--"));
        assertTrue(err().startsWith("terrarium: no script given\n"), err());
    }

    @Test
    void missingScriptIsReportedWithItsAbsolutePath() {
        assertEquals(2, run("--timeout", "5", "--heap=64m", "no/such/script.py", "arg"));
        String absolute = Path.of("no/such/script.py").toAbsolutePath().toString();
        assertEquals("terrarium: can't open file '" + absolute + "': [Errno 2] No such file or directory\n", err());
    }

    @Test
    void helpDocumentsTheFileSystemOptions() {
        assertEquals(0, run("--help"));
        for (String option : new String[] {"--mount HOST_DIR:GUEST_PATH[:ro|rw|overlay]", "--commit-overlay",
                "--max-write-bytes", "--max-file-size", "--max-files"}) {
            assertTrue(out().contains(option), option);
        }
    }

    @Test
    void badFileSystemOptionsAreUsageErrors() {
        assertEquals(2, run("--mount", "nocolon", "x.py"));
        assertTrue(err().contains("invalid --mount 'nocolon'"), err());
        assertEquals(2, run("--mount=dir:relative", "x.py"));
        assertEquals(2, run("--max-files", "many", "x.py"));
        assertTrue(err().contains("invalid --max-files 'many'"), err());
        assertEquals(2, run("--max-file-size", "2g", "x.py"));
        assertTrue(err().contains("at most 1 GiB"), err());
        assertEquals(2, run("--max-write-bytes=", "x.py"));
    }

    @Test
    void sizesTakeBinarySuffixes() {
        assertEquals(1000, Main.bytes("1000", "--x"));
        assertEquals(64L << 10, Main.bytes("64k", "--x"));
        assertEquals(16L << 20, Main.bytes("16M", "--x"));
        assertEquals(1L << 30, Main.bytes("1g", "--x"));
    }

    @Test
    void aMissingMountFolderEndsTheRunBeforeTheChildStarts(@org.junit.jupiter.api.io.TempDir Path dir)
            throws java.io.IOException {
        Path script = java.nio.file.Files.writeString(dir.resolve("s.py"), "print(1)\n");
        Path missing = dir.resolve("missing");
        int code = run("--mount", missing + ":/data:rw", "--commit-overlay", script.toString());
        assertEquals(dev.terrarium.controller.Outcome.LAUNCH_FAILED.code, code, err());
        assertEquals("terrarium: stopped: cannot mount " + missing + " at /data: no such directory\n", err());
    }
}
