package dev.terrarium.runtime;

import dev.terrarium.runtime.external.ExternalCall;
import dev.terrarium.runtime.external.Op;
import dev.terrarium.runtime.external.Reply;
import dev.terrarium.runtime.external.Request;
import java.nio.charset.StandardCharsets;

/**
 * The guest's standard streams, over the {@link ExternalCall} door. stdout is
 * block-buffered (as CPython's is when not a terminal) so that printing costs one
 * request per 8 KiB rather than per call; stderr is written through at once.
 */
public final class GuestIO {
    private GuestIO() {}

    private static final int BUFFER_SIZE = 8192;
    private static ExternalCall door;
    private static final StringBuilder stdout = new StringBuilder();

    /** Installs the door; called once by the child before running guest code. */
    public static void install(ExternalCall externalCall) {
        door = externalCall;
    }

    public static ExternalCall door() {
        return door;
    }

    public static void writeStdout(String s) {
        stdout.append(s);
        if (stdout.length() >= BUFFER_SIZE) {
            flushStdout();
        }
    }

    public static void flushStdout() {
        if (stdout.length() > 0) {
            byte[] bytes = stdout.toString().getBytes(StandardCharsets.UTF_8);
            stdout.setLength(0);
            write(1, bytes);
        }
    }

    public static void writeStderr(String s) {
        flushStdout();
        write(2, s.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes all of {@code bytes} to guest file descriptor {@code fd}, in bounded chunks. */
    public static void write(int fd, byte[] bytes) {
        final int chunk = 64 * 1024;
        for (int off = 0; off < bytes.length; off += chunk) {
            int n = Math.min(chunk, bytes.length - off);
            byte[] part = n == bytes.length ? bytes : java.util.Arrays.copyOfRange(bytes, off, off + n);
            Reply r = door.call(Request.of(Op.WRITE, (long) fd, part));
            if (!r.isOk()) {
                throw PyErrors.osError(r.errno(), null);
            }
        }
    }
}
