package dev.terrarium.interpreter.child;

import dev.terrarium.runtime.external.ExternalCall;
import dev.terrarium.runtime.external.Op;
import dev.terrarium.runtime.external.Reply;
import dev.terrarium.runtime.external.Request;
import dev.terrarium.runtime.external.WireCodec;
import dev.terrarium.runtime.external.WireFormatException;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Arrays;

/**
 * The sandbox child's one door to the controller: {@link ExternalCall} over the process's
 * real stdout (request frames) and stdin (reply frames), in the {@link WireCodec} protocol.
 *
 * <p>This is the only class of the runtime and interpreter allowed raw I/O (the purity
 * check excludes it by name, so it must stay a single class without nested classes).
 * {@link #open()} takes the real stdin and stdout for itself and points {@code System.out}
 * at stderr and {@code System.in} at an empty stream, so no other code in the child can
 * corrupt the protocol; the controller shows the child's stderr only when it crashes.
 *
 * <p>If the controller goes away or answers with a malformed frame, there is nobody left
 * to serve the guest: the endpoint halts the JVM with {@link #BROKEN_PIPE_STATUS} rather
 * than let the guest observe or catch a transport failure.
 *
 * <p>{@link #overStreams} makes an endpoint over in-memory pipes for a guest run on a thread
 * of the controller's own JVM (the controller's in-process mode): it leaves the process's
 * streams alone, and a broken pipe ends the guest's thread (with {@link ThreadDeath}, which
 * no Python {@code except} catches) instead of halting the JVM.
 */
public final class PipeEndpoint implements ExternalCall {

    /** Exit status of the child JVM when the controller's pipe breaks. */
    public static final int BROKEN_PIPE_STATUS = 70;

    /**
     * Exit status of the child JVM when its heap ran out in a way no MemoryError could
     * report (many small objects): the controller reports the run's memory limit.
     */
    public static final int MEMORY_LIMIT_STATUS = 71;

    private static final int BUFFER_BYTES = 1 << 16;

    private final DataInputStream replies;
    private final OutputStream requests;
    private final byte[] header = new byte[WireCodec.FRAME_HEADER_BYTES];
    private final boolean haltOnFailure;

    private PipeEndpoint(InputStream replies, OutputStream requests, boolean haltOnFailure) {
        this.replies = new DataInputStream(replies);
        this.requests = requests;
        this.haltOnFailure = haltOnFailure;
    }

    /**
     * Takes over the process's real stdin and stdout, fences off {@code System.out} and
     * {@code System.in}, and greets the controller with {@link Op#HELLO}. Call once, first
     * thing in {@code main}.
     */
    public static PipeEndpoint open() {
        InputStream realIn = new BufferedInputStream(new FileInputStream(FileDescriptor.in), BUFFER_BYTES);
        OutputStream realOut = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), BUFFER_BYTES);
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
        System.setIn(new ByteArrayInputStream(new byte[0]));
        return new PipeEndpoint(realIn, realOut, true).greet();
    }

    /**
     * An endpoint over the given in-memory streams, for a guest on a controller thread
     * (see the class comment), after greeting the controller with {@link Op#HELLO}.
     */
    public static PipeEndpoint overStreams(InputStream replies, OutputStream requests) {
        return new PipeEndpoint(replies, new BufferedOutputStream(requests, BUFFER_BYTES), false).greet();
    }

    private PipeEndpoint greet() {
        Reply hello = call(Request.of(Op.HELLO, WireCodec.MAGIC, WireCodec.PROTOCOL_VERSION));
        if (!hello.isOk()) {
            die("controller refused HELLO (errno " + hello.errno() + ")");
        }
        return this;
    }

    /**
     * Sends {@code request} and waits for the reply. A {@link Op#WRITE} bigger than one
     * frame can carry is sent as several writes; the reply then counts all bytes written.
     */
    @Override
    public Reply call(Request request) {
        if (request.op() == Op.WRITE && request.args().size() == 2 && request.args().get(1) instanceof byte[]
                && ((byte[]) request.args().get(1)).length > WireCodec.MAX_DATA_CHUNK) {
            return writeInChunks(request.args().get(0), (byte[]) request.args().get(1));
        }
        return exchange(request);
    }

    private Reply writeInChunks(Object fd, byte[] data) {
        long written = 0;
        for (int start = 0; start < data.length; start += WireCodec.MAX_DATA_CHUNK) {
            byte[] chunk = Arrays.copyOfRange(data, start, Math.min(data.length, start + WireCodec.MAX_DATA_CHUNK));
            Reply reply = exchange(Request.of(Op.WRITE, fd, chunk));
            if (!reply.isOk()) {
                return written == 0 ? reply : Reply.ok(written);
            }
            long count = reply.values().size() == 1 && reply.values().get(0) instanceof Long
                    ? (Long) reply.values().get(0) : 0;
            written += count;
            if (count < chunk.length) {
                break;
            }
        }
        return Reply.ok(written);
    }

    private Reply exchange(Request request) {
        // Encoding problems are the caller's bug (e.g. a value the wire cannot carry):
        // let the WireFormatException reach it.
        byte[] frame = WireCodec.frame(WireCodec.encodeRequest(request));
        try {
            requests.write(frame);
            requests.flush();
            replies.readFully(header);
            byte[] payload = new byte[WireCodec.frameLength(header)];
            replies.readFully(payload);
            return WireCodec.decodeReply(payload);
        } catch (IOException e) {
            return die("pipe to the controller failed: " + e);
        } catch (WireFormatException e) {
            return die("malformed reply from the controller: " + e.getMessage());
        }
    }

    // ---- limits (the heap probe and the memory-limit exit need the JDK's Runtime) ----

    /**
     * Bytes the child's heap can still grow by, as far as the JVM knows now; with
     * {@code collectFirst}, after asking for a full collection (garbage counts as used
     * until collected). For {@code Budget}'s check of large allocations.
     */
    public static long freeHeapBytes(boolean collectFirst) {
        if (collectFirst) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.maxMemory() - runtime.totalMemory() + runtime.freeMemory();
    }

    /** Ends the child at once with {@link #MEMORY_LIMIT_STATUS}: its heap is exhausted. */
    public static void haltOutOfMemory() {
        Runtime.getRuntime().halt(MEMORY_LIMIT_STATUS);
    }

    /** Ends the child at once: without a controller the guest cannot go on. */
    private Reply die(String reason) {
        if (!haltOnFailure) {
            throw new ThreadDeath();
        }
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true);
        err.println("terrarium child: " + reason);
        Runtime.getRuntime().halt(BROKEN_PIPE_STATUS);
        throw new IllegalStateException(reason); // not reached
    }
}
