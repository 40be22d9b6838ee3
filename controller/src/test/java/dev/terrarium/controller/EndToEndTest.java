package dev.terrarium.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real Python through the real child (ChildMain and the interpreter). */
class EndToEndTest {
    @TempDir
    Path dir;

    private String[] run(String source) throws IOException {
        Path script = Files.writeString(dir.resolve("main.py"), source);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Sandbox.runScript(script, List.of(), SandboxOptions.defaults().withTimeout(Duration.ofSeconds(60)),
                out, err);
        return new String[] {String.valueOf(code), out.toString(StandardCharsets.UTF_8),
            err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void helloWorld() throws IOException {
        String[] result = run("print('hello')\n");
        assertEquals("0", result[0], result[2]);
        assertEquals("hello\n", result[1]);
        assertEquals("", result[2]);
    }

    @Test
    void uncaughtExceptionExitsWithOneAndATraceback() throws IOException {
        String[] result = run("print('before')\n1 / 0\n");
        assertEquals("1", result[0], result[2]);
        assertEquals("before\n", result[1]);
        assertTrue(result[2].startsWith("Traceback (most recent call last):\n"), result[2]);
        assertTrue(result[2].endsWith("ZeroDivisionError: division by zero\n"), result[2]);
    }
}
