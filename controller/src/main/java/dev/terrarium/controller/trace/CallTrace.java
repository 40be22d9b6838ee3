package dev.terrarium.controller.trace;

import dev.terrarium.controller.child.ProtocolViolation;
import dev.terrarium.runtime.external.Reply;
import dev.terrarium.runtime.external.Request;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code --trace FILE}: writes every call the guest makes as one JSON object per line
 * (JSON Lines), in the order answered:
 * <pre>{"call":3,"op":"OPEN","args":["data.txt",524288,438],"result":[3],"us":85}
 * {"call":4,"op":"OPEN","args":["missing",0,438],"errno":2,"error":"ENOENT","us":40}</pre>
 * {@code call} counts from 1, {@code us} is how long the controller took to answer, in
 * microseconds; arguments and results are summarized (see {@link JsonLine}). A request that
 * breaks the protocol is logged with {@code "violation"}, one that ends the run otherwise (the
 * output limit, a replay that diverged) with {@code "stopped"}, before the run stops. The file is
 * written through a buffer and flushed by {@link #close()} at the end of the run; any write
 * failure is a {@link CallLogFailure}, which ends the run.
 */
public final class CallTrace implements CallHandler, AutoCloseable {
    private final CallHandler inner;
    private final Path file;
    private final Writer out;
    private long calls;
    private boolean failed;

    private CallTrace(CallHandler inner, Path file, Writer out) {
        this.inner = inner;
        this.file = file;
        this.out = out;
    }

    /** Creates (or truncates) {@code file} and traces the calls {@code inner} answers into it. */
    public static CallTrace open(Path file, CallHandler inner) {
        try {
            Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8),
                    1 << 16);
            return new CallTrace(inner, file, out);
        } catch (IOException | RuntimeException e) {
            throw CallLogFailure.writing("trace", file, e);
        }
    }

    @Override
    public Reply answer(Request request) throws ProtocolViolation {
        long n = ++calls;
        long start = System.nanoTime();
        JsonLine line = new JsonLine().number("call", n).text("op", request.op().name()).wire("args", request.args());
        Reply reply;
        try {
            reply = inner.answer(request);
        } catch (ProtocolViolation e) {
            write(line.text("violation", e.getMessage()));
            throw e;
        } catch (RuntimeException e) {
            // the call ends the run (output limit, replay divergence, ...): log why, if the file still takes it
            if (!failed) {
                try {
                    write(line.text("stopped", e.getMessage() == null ? e.toString() : e.getMessage()));
                } catch (CallLogFailure ignored) {
                    // the original reason is the one to report
                }
            }
            throw e;
        }
        if (reply.isOk()) {
            line.wire("result", reply.values());
        } else {
            line.number("errno", reply.errno());
            String name = ErrnoNames.of(reply.errno());
            if (name != null) {
                line.text("error", name);
            }
        }
        write(line.number("us", (System.nanoTime() - start) / 1000));
        return reply;
    }

    private void write(JsonLine line) {
        try {
            out.write(line.toString());
            out.write('\n');
        } catch (IOException e) {
            failed = true;
            throw CallLogFailure.writing("trace", file, e);
        }
    }

    /** Flushes and closes the file; a failure (e.g. a full disk) is a {@link CallLogFailure}. */
    @Override
    public void close() {
        CallLogFailure.close(out, failed, "trace", file);
    }
}
