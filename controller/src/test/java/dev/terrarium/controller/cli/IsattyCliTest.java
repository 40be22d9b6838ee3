package dev.terrarium.controller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.terrarium.controller.ExecutionResult;
import dev.terrarium.controller.Terrarium;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The guest's {@code isatty()} for fds 0 to 2 answers what the command found for its own
 * stdin, stdout and stderr ({@link Main.Terminals}); captured or embedded streams and files
 * are never terminals.
 */
class IsattyCliTest {
    private static final String PROBE = "import os, sys\n"
            + "print(os.isatty(0), os.isatty(1), os.isatty(2), sys.stdin.isatty(), sys.stdout.isatty(),"
            + " sys.stderr.isatty(), sys.__stdout__.isatty())\n"
            + "with open('/tmp/f', 'w') as f:\n    print(f.isatty(), os.isatty(f.fileno()))\n";

    private String probe(Main.Terminals terminals) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"--timeout", "60", "-c", PROBE}, InputStream.nullInputStream(), terminals,
                out, err);
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void eachStandardStreamIsATerminalExactlyWhenTheCommandsOwnIs() {
        assertEquals("False True False False True False True\nFalse False\n",
                probe(new Main.Terminals(false, true, false)));
        assertEquals("True False True True False True False\nFalse False\n",
                probe(new Main.Terminals(true, false, true)));
    }

    @Test
    void pipesAndCapturedStreamsAreNotTerminals() {
        assertEquals("False False False False False False False\nFalse False\n", probe(Main.Terminals.NONE));
        try (Terrarium sandbox = Terrarium.builder().build()) {
            ExecutionResult result = sandbox.run(PROBE);
            assertEquals("False False False False False False False\nFalse False\n", result.stdout(), result.stderr());
        }
    }
}
