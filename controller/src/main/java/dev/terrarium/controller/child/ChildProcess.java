package dev.terrarium.controller.child;

import dev.terrarium.controller.SandboxOptions;
import dev.terrarium.runtime.external.Reply;
import dev.terrarium.runtime.external.Request;
import dev.terrarium.runtime.external.WireCodec;
import dev.terrarium.runtime.external.WireFormatException;
import java.io.BufferedOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One running child JVM, seen from the controller: its request and reply pipes (read and
 * written only by the controller's serving thread), its stderr drained into a bounded
 * buffer, and an optional watchdog that kills it at the wall-time limit. Everything read
 * from the child is untrusted: frames are bounded by {@link WireCodec#MAX_FRAME} before any
 * allocation, and every malformation becomes a {@link ProtocolViolation}.
 */
public final class ChildProcess implements AutoCloseable {
    /** Bytes of the child's stderr kept for diagnostics. */
    public static final int STDERR_LIMIT = 64 * 1024;

    private final Process process;
    private final InputStream requests;
    private final OutputStream replies;
    private final BoundedCapture stderr;
    private final AtomicBoolean timedOut = new AtomicBoolean();
    private final byte[] header = new byte[WireCodec.FRAME_HEADER_BYTES];
    private final ClassDataArchive archive;
    private Thread watchdog;

    private ChildProcess(Process process, ClassDataArchive archive) {
        this.process = process;
        this.archive = archive;
        this.requests = process.getInputStream();
        this.replies = new BufferedOutputStream(process.getOutputStream(), 1 << 16);
        this.stderr = BoundedCapture.start(process.getErrorStream(), STDERR_LIMIT, "terrarium-child-stderr");
    }

    /**
     * Children still running, killed by a shutdown hook if the controller is stopped
     * (SIGTERM, SIGINT, System.exit) while they run: a guest in an endless loop would
     * otherwise outlive its controller, since it only notices a dead pipe when it next
     * talks to it. (A SIGKILLed controller cannot clean up; its child then ends at its
     * next request.)
     */
    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroyForcibly),
                "terrarium-child-reaper"));
    }

    /** Starts the child JVM described by {@code options}, with an empty environment, in "/". */
    public static ChildProcess launch(SandboxOptions options) throws IOException {
        ClassDataArchive archive = ClassDataArchive.plan(options.classDataDirectory(),
                ChildCommand.javaExecutable(options), ChildCommand.classPathEntries(options), options.mainClass());
        ProcessBuilder builder = new ProcessBuilder(
                ChildCommand.build(options, archive == null ? List.of() : archive.jvmArgs()));
        builder.environment().clear();
        builder.directory(new File("/"));
        Process process = builder.start();
        RUNNING.add(process);
        return new ChildProcess(process, archive);
    }

    /** Kills the child once {@code limit} has passed since now, unless it has exited by then. */
    public void startWatchdog(Duration limit) {
        watchdog = new Thread(() -> {
            try {
                if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                    timedOut.set(true);
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                // the run ended first
            }
        }, "terrarium-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    /** True if the watchdog killed the child. */
    public boolean timedOut() {
        return timedOut.get();
    }

    /** Reads and decodes the next request frame. */
    public Request readRequest() throws ProtocolViolation, ChildGone {
        int got = readUpTo(header);
        if (got == 0) {
            throw new ChildGone("the child closed its request pipe");
        }
        if (got < header.length) {
            throw new ProtocolViolation("truncated frame header (" + got + " of 4 bytes)");
        }
        int length;
        try {
            length = WireCodec.frameLength(header);
        } catch (WireFormatException e) {
            throw new ProtocolViolation(e.getMessage() + textHint(header));
        }
        byte[] payload = new byte[length];
        got = readUpTo(payload);
        if (got < length) {
            throw new ProtocolViolation("truncated frame: " + got + " of " + length + " declared bytes");
        }
        try {
            return WireCodec.decodeRequest(payload);
        } catch (WireFormatException e) {
            throw new ProtocolViolation("malformed request: " + e.getMessage());
        }
    }

    /** Encodes and sends one reply frame. */
    public void sendReply(Reply reply) throws ChildGone {
        byte[] frame = WireCodec.frame(WireCodec.encodeReply(reply));
        try {
            replies.write(frame);
            replies.flush();
        } catch (IOException e) {
            throw new ChildGone("the child's reply pipe is broken");
        }
    }

    /** Closes the reply pipe: the child sees end of file if it reads again. */
    public void closeReplies() {
        try {
            replies.close();
        } catch (IOException ignored) {
            // already broken: the child is gone
        }
    }

    /** The child's exit status, waiting up to {@code millis} for it to exit; null if it is still running. */
    public Integer awaitExit(long millis) {
        try {
            if (process.waitFor(millis, TimeUnit.MILLISECONDS)) {
                return process.exitValue();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }

    /** What the child wrote to its stderr (bounded), once it has exited. */
    public String stderrText() {
        return stderr.text(1000);
    }

    /** Kills the child if it still runs, waits for it briefly, and stops the watchdog. */
    @Override
    public void close() {
        boolean cleanExit = !process.isAlive() && process.exitValue() == 0;
        process.destroyForcibly();
        awaitExit(5000);
        RUNNING.remove(process);
        if (archive != null) {
            archive.finish(cleanExit);
        }
        if (watchdog != null) {
            watchdog.interrupt();
        }
        closeReplies();
        try {
            requests.close();
        } catch (IOException ignored) {
            // nothing left to read
        }
    }

    /** Reads until {@code buffer} is full or the stream ends; returns the bytes read. */
    private int readUpTo(byte[] buffer) {
        int total = 0;
        try {
            while (total < buffer.length) {
                int n = requests.read(buffer, total, buffer.length - total);
                if (n < 0) {
                    break;
                }
                total += n;
            }
        } catch (IOException e) {
            // a broken pipe ends the stream like end of file
        }
        return total;
    }

    /** A hint when a "frame header" is really printable text: something wrote to the child's stdout. */
    private static String textHint(byte[] header) {
        StringBuilder text = new StringBuilder();
        for (byte b : header) {
            if (b < 0x20 || b > 0x7e) {
                return "";
            }
            text.append((char) b);
        }
        return " (looks like text \"" + text + "\": something wrote to the child's stdout)";
    }

    /** True while the child process runs (a blocked stdin read gives up once it is gone). */
    public boolean isAlive() {
        return process.isAlive();
    }
}
