package dev.terrarium.controller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.terrarium.controller.RunControl;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Ctrl-C for the guest, sent programmatically as the command's SIGINT handler sends it
 * ({@link RunControl#interrupt()}), through {@link Main#run} with the real child: a guest that
 * computes, sleeps, or waits in {@code input()} gets KeyboardInterrupt; uncaught, it ends the
 * run with CPython's traceback and status 130; the REPL goes back to its prompt.
 */
class KeyboardInterruptCliTest {
    private final Watched out = new Watched();
    private final Watched err = new Watched();
    private final RunControl control = new RunControl();

    /** Output that tests can wait on. */
    private static final class Watched extends OutputStream {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        @Override
        public synchronized void write(int b) {
            bytes.write(b);
            notifyAll();
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            bytes.write(b, off, len);
            notifyAll();
        }

        synchronized String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }

        /** Waits until the text contains {@code part} {@code times} times (the run's timeout bounds the test). */
        synchronized void await(String part, int times) throws InterruptedException {
            while (count(text(), part) < times) {
                wait(100);
            }
        }

        private static int count(String text, String part) {
            int n = 0;
            for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
                n++;
            }
            return n;
        }
    }

    private CompletableFuture<Integer> start(InputStream stdin, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--timeout";
        all[1] = "60";
        System.arraycopy(args, 0, all, 2, args.length);
        return CompletableFuture.supplyAsync(() -> Main.run(all, stdin, Main.Terminals.NONE, out, err, control));
    }

    private static int result(CompletableFuture<Integer> run) throws Exception {
        return run.get(90, TimeUnit.SECONDS);
    }

    @Test
    void aComputingGuestCatchesKeyboardInterrupt() throws Exception {
        CompletableFuture<Integer> run = start(InputStream.nullInputStream(), "-c",
                "n = 0\ntry:\n    print('ready', flush=True)\n    while True:\n        n += 1\n"
                        + "except KeyboardInterrupt as e:\n    print('caught', type(e).__name__, n > 0)\n");
        out.await("ready", 1);
        control.interrupt();
        assertEquals(0, result(run), err.text());
        assertEquals("ready\ncaught KeyboardInterrupt True\n", out.text());
    }

    @Test
    void anUncaughtInterruptEndsWithCPythonsTracebackAndStatus130() throws Exception {
        CompletableFuture<Integer> run = start(InputStream.nullInputStream(), "-c",
                "def spin():\n    while True:\n        pass\nprint('ready', flush=True)\nspin()\n");
        out.await("ready", 1);
        control.interrupt();
        assertEquals(130, result(run));
        String text = err.text();
        assertTrue(text.startsWith("Traceback (most recent call last):\n  File \"<string>\", line 5, in <module>\n"
                + "  File \"<string>\", line "), text);
        assertTrue(text.endsWith(", in spin\nKeyboardInterrupt\n"), text);
    }

    @Test
    void aSleepingGuestIsInterruptedAtOnce() throws Exception {
        CompletableFuture<Integer> run = start(InputStream.nullInputStream(), "-c",
                "import time\nprint('ready', flush=True)\ntry:\n    time.sleep(3600)\n"
                        + "except KeyboardInterrupt:\n    print('woken')\n");
        out.await("ready", 1);
        control.interrupt();
        assertEquals(0, result(run), err.text());
        assertEquals("ready\nwoken\n", out.text());
    }

    @Test
    void aGuestWaitingInInputGetsKeyboardInterruptAndTheNextLineLater() throws Exception {
        PipedOutputStream typing = new PipedOutputStream();
        PipedInputStream stdin = new PipedInputStream(typing);
        CompletableFuture<Integer> run = start(stdin, "-c",
                "try:\n    input('name? ')\nexcept KeyboardInterrupt:\n    print('no name')\n"
                        + "print('then', input('again? '))\n");
        out.await("name? ", 1);
        control.interrupt();
        out.await("again? ", 1);
        type(typing, "bob\n");
        typing.close();
        assertEquals(0, result(run), err.text());
        assertEquals("name? no name\nagain? then bob\n", out.text());
    }

    @Test
    void theReplDropsTheLineAtAPromptAndStopsARunningStatement() throws Exception {
        PipedOutputStream typing = new PipedOutputStream();
        PipedInputStream stdin = new PipedInputStream(typing);
        CompletableFuture<Integer> run = start(stdin, "-i");
        err.await(">>> ", 1);
        type(typing, "if True:\n");
        err.await("... ", 1);
        control.interrupt();               // at the continuation prompt: the block is dropped
        err.await("\nKeyboardInterrupt\n>>> ", 1);
        type(typing, "print('go', flush=True)\nwhile True: pass\n\n");
        out.await("go", 1);
        control.interrupt();               // a running statement: its traceback, then the prompt
        err.await("KeyboardInterrupt\n>>> ", 2);
        type(typing, "print(6 * 7)\n");
        typing.close();
        assertEquals(0, result(run), err.text());
        assertEquals("go\n42\n", out.text());
        assertTrue(err.text().contains("Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\n"
                + "KeyboardInterrupt\n>>> "), err.text());
    }

    private static void type(OutputStream typing, String text) throws IOException {
        typing.write(text.getBytes(StandardCharsets.UTF_8));
        typing.flush();
    }
}
