package dev.terrarium.controller.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Remembers the last unfinished line written to the terminal through any of the streams it
 * wraps: the prompt the guest wrote ({@code ">>> "}, {@code input("name? ")}) just before it
 * reads its stdin, which {@link TerminalLines} hands to the line editor so that it can redraw
 * it. Bounded: only the last {@link #MAX_BYTES} bytes of a line are kept.
 */
final class OutputTail {
    static final int MAX_BYTES = 512;

    private byte[] tail = new byte[0];

    /** {@code out}, recording what it is given. */
    OutputStream wrap(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
                record(b, off, len);
            }
        };
    }

    private synchronized void record(byte[] b, int off, int len) {
        int start = off;
        for (int i = off + len - 1; i >= off; i--) {
            if (b[i] == '\n') {
                start = i + 1;
                tail = new byte[0];
                break;
            }
        }
        byte[] joined = Arrays.copyOf(tail, tail.length + (off + len - start));
        System.arraycopy(b, start, joined, tail.length, off + len - start);
        tail = joined.length > MAX_BYTES ? Arrays.copyOfRange(joined, joined.length - MAX_BYTES, joined.length) : joined;
    }

    /** The unfinished line, which is then forgotten (the line editor prints it again). */
    synchronized String take() {
        String line = new String(tail, StandardCharsets.UTF_8);
        tail = new byte[0];
        return line;
    }
}
