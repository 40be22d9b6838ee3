package dev.terrarium.controller.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The guest's stdin when the controller's stdin is a terminal: lines read with JLine, so the
 * user gets line editing (cursor keys, Ctrl-A/E, ...) and a history (up and down arrows,
 * kept for the session only) at the REPL's prompts and at {@code input()}. The prompt the
 * guest already wrote ({@link OutputTail}) is erased and given to the editor, which draws it
 * again with the line. Ctrl-D on an empty line is end of input; Ctrl-C drops the line being
 * typed and fails the read with {@link java.io.InterruptedIOException}: the guest gets
 * KeyboardInterrupt, as python's {@code input()} and REPL prompt do.
 *
 * <p>The terminal is set up on the first read only, so a script that never reads stdin leaves
 * the terminal alone; it is restored when the controller exits.
 */
final class TerminalLines extends InputStream {
    private final OutputTail prompts;
    private Terminal terminal;
    private LineReader reader;
    private byte[] pending = new byte[0];
    private int pos;

    TerminalLines(OutputTail prompts) {
        this.prompts = prompts;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (pos >= pending.length) {
            String line = readLine();
            if (line == null) {
                return -1;
            }
            pending = (line + "\n").getBytes(StandardCharsets.UTF_8);
            pos = 0;
        }
        int n = Math.min(len, pending.length - pos);
        System.arraycopy(pending, pos, b, off, n);
        pos += n;
        return n;
    }

    /** One edited line without its newline, or null at end of input. */
    private String readLine() throws IOException {
        open();
        String prompt = prompts.take();
        while (true) {
            // The guest's prompt is on the screen already: erase it, the editor draws it again.
            terminal.writer().print("\r\033[K");
            terminal.writer().flush();
            try {
                return reader.readLine(prompt);
            } catch (UserInterruptException e) {
                // Ctrl-C while the guest reads: the line is dropped and the read fails with
                // EINTR, which the guest raises as KeyboardInterrupt (the REPL's new prompt)
                throw new java.io.InterruptedIOException("interrupted");
            } catch (EndOfFileException e) {
                return null;
            }
        }
    }

    private synchronized void open() throws IOException {
        if (terminal != null) {
            return;
        }
        // nativeSignals(false): JLine must not replace the command's SIGINT handler (Ctrl-C
        // while the guest computes is its KeyboardInterrupt); while a line is read, Ctrl-C
        // arrives as a key and ends the read (above)
        terminal = TerminalBuilder.builder().system(true).nativeSignals(false).build();
        reader = LineReaderBuilder.builder().terminal(terminal)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true) // '!' is Python, not history
                .option(LineReader.Option.INSERT_TAB, true)              // Tab indents blocks
                .build();
        Terminal opened = terminal;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                opened.close();
            } catch (IOException ignored) {
                // the terminal is gone already
            }
        }, "terrarium-terminal-restore"));
    }
}
