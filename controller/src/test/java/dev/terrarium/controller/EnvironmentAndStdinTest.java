package dev.terrarium.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The guest's environment and stdin through the embedding API, with the real child. */
class EnvironmentAndStdinTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private RunResult run(String code, SandboxOptions options) {
        return Sandbox.run(Program.command(code), List.of(), options.withTimeout(Duration.ofSeconds(60)), out, err);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void withEnvironmentReplacesTheDefaultInOrder() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("B", "2");
        env.put("A", "1");
        RunResult result = run("import os; print(os.environ, list(os.environ), os.getenv('HOME', 'none'))",
                SandboxOptions.defaults().withEnvironment(env));
        assertEquals(0, result.exitCode(), err());
        assertEquals("environ({'B': '2', 'A': '1'}) ['B', 'A'] none\n", out());
    }

    @Test
    void guestChangesStayInTheGuestsCopy() {
        String program = String.join("\n",
                "import os",
                "os.environ['TERRARIUM_GUEST_SET'] = 'yes'",
                "os.environ.update({'Q': '1'}, R='2')",
                "del os.environ['HOME']",
                "print(os.getenv('TERRARIUM_GUEST_SET'), os.environ.pop('Q'), os.environ.setdefault('R', '9'),",
                "      'HOME' in os.environ, sorted(os.environ))",
                "for bad in ((1, 'x'), ('A', None), ('A=B', 'x'), ('', 'x'), ('A', 'x\\0')):",
                "    try:",
                "        os.environ[bad[0]] = bad[1]",
                "    except (TypeError, ValueError, OSError) as e:",
                "        print(type(e).__name__, e)",
                "try:",
                "    del os.environ['HOME']",
                "except KeyError as e:",
                "    print(repr(e))",
                "os.putenv('P', '1'); os.unsetenv('P')",
                "print(os.getenv('P'), type(os.environ).__name__, type(os.environ.copy()).__name__)");
        SandboxOptions options = SandboxOptions.defaults();
        RunResult result = run(program, options);
        assertEquals(0, result.exitCode(), err());
        assertEquals("yes 1 2 False ['LANG', 'PATH', 'R', 'TERRARIUM_GUEST_SET']\n"
                + "TypeError str expected, not int\n"
                + "TypeError str expected, not NoneType\n"
                + "ValueError illegal environment variable name\n"
                + "OSError [Errno 22] Invalid argument\n"
                + "ValueError embedded null byte\n"
                + "KeyError('HOME')\n"
                + "None _Environ dict\n", out());
        // nothing reached the host or the options: the next run starts from the same environment
        assertNull(System.getenv("TERRARIUM_GUEST_SET"));
        assertEquals(SandboxOptions.DEFAULT_ENVIRONMENT, options.environment());
        out.reset();
        assertEquals(0, run("import os; print(os.getenv('TERRARIUM_GUEST_SET'), os.environ['HOME'])", options)
                .exitCode(), err());
        assertEquals("None /tmp\n", out());
    }

    @Test
    void invalidEnvironmentsAreRefusedByTheOptions() {
        SandboxOptions options = SandboxOptions.defaults();
        assertThrows(IllegalArgumentException.class, () -> options.withEnvironmentVariable("A=B", "x"));
        assertThrows(IllegalArgumentException.class, () -> options.withEnvironmentVariable("", "x"));
        assertThrows(IllegalArgumentException.class, () -> options.withEnvironmentVariable("A", "x\0y"));
        assertThrows(IllegalArgumentException.class,
                () -> options.withEnvironmentVariable("BIG", "x".repeat(SandboxOptions.MAX_ENVIRONMENT_BYTES)));
    }

    @Test
    void withStdinFeedsInputAndTheProgramOnStdin() {
        RunResult result = Sandbox.run(Program.stdin(), List.of("arg"),
                SandboxOptions.defaults().withStdin("import sys\nprint(sys.argv, repr(input()))\n")
                        .withTimeout(Duration.ofSeconds(60)), out, err);
        // the program took all of stdin, so input() is at its end
        assertEquals(1, result.exitCode());
        assertEquals("", out());
        assertTrue(err().endsWith("EOFError: EOF when reading a line\n"), err());
        out.reset();
        err.reset();
        result = run("print(input('> ') * 2)", SandboxOptions.defaults().withStdin("ab\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(0, result.exitCode(), err());
        assertEquals("> abab\n", out());
    }

    @Test
    void withoutStdinTheGuestReadsEndOfFile() {
        RunResult result = run("import sys; print(repr(sys.stdin.read()), sys.stdin.buffer.read())", SandboxOptions.defaults());
        assertEquals(0, result.exitCode(), err());
        assertEquals("'' b''\n", out());
    }

    /** A host stream that counts its reads and never answers: a terminal nobody types at. */
    private static final class SilentStream extends InputStream {
        final AtomicInteger reads = new AtomicInteger();
        final CountDownLatch never = new CountDownLatch(1);

        @Override
        public int read() {
            return read(new byte[1], 0, 1);
        }

        @Override
        public int read(byte[] b, int off, int len) {
            reads.incrementAndGet();
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return -1;
        }
    }

    @Test
    void theHostStreamIsReadOnlyWhenTheGuestAsks() {
        SilentStream stdin = new SilentStream();
        RunResult result = run("print('no input needed')", SandboxOptions.defaults().withStdin(stdin));
        assertEquals(0, result.exitCode(), err());
        assertEquals(0, stdin.reads.get());
    }

    @Test
    void aGuestWaitingForStdinStillMeetsTheWallTimeLimit() {
        SilentStream stdin = new SilentStream();
        long started = System.nanoTime();
        RunResult result = Sandbox.run(Program.command("print('waiting', flush=True); input()"), List.of(),
                SandboxOptions.defaults().withStdin(stdin).withTimeout(Duration.ofSeconds(5)), out, err);
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        assertEquals(Outcome.TIMEOUT, result.outcome(), err());
        assertEquals("waiting\n", out());
        assertTrue(stdin.reads.get() >= 1);
        assertTrue(seconds < 30, seconds + " s");
        assertFalse(err().contains("Traceback"), err());
    }
}
