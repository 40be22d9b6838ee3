package dev.terrarium.controller.trace;

import dev.terrarium.controller.child.ProtocolViolation;
import dev.terrarium.runtime.external.Reply;
import dev.terrarium.runtime.external.Request;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code --record FILE}: passes each call to the layer inside it and writes the request and
 * its reply to a record (see {@link RecordFormat}), so that {@link ReplayServer} can answer
 * the same calls later without the host. Only answered calls are recorded (a protocol
 * violation is not). A write failure is a {@link CallLogFailure}, which ends the run; the file
 * is flushed by {@link #close()}.
 */
public final class CallRecorder implements CallHandler, AutoCloseable {
    private final CallHandler inner;
    private final StandardStreams streams;
    private final Path file;
    private final DataOutputStream out;
    private boolean failed;

    private CallRecorder(CallHandler inner, StandardStreams streams, Path file, DataOutputStream out) {
        this.inner = inner;
        this.streams = streams;
        this.file = file;
        this.out = out;
    }

    /** Creates (or truncates) {@code file}, writes the header, and records what {@code inner} answers. */
    static CallRecorder open(Path file, RecordFormat.Header header, StandardStreams streams, CallHandler inner) {
        DataOutputStream out = null;
        try {
            out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
            RecordFormat.writeHeader(out, header);
            return new CallRecorder(inner, streams, file, out);
        } catch (IOException | RuntimeException e) {
            closeQuietly(out);
            throw CallLogFailure.writing("record", file, e);
        }
    }

    @Override
    public Reply answer(Request request) throws ProtocolViolation {
        int sink = streams.sinkOf(request);
        Reply reply = inner.answer(request);
        try {
            RecordFormat.writeEntry(out, new RecordFormat.Entry(sink, request, reply));
        } catch (IOException e) {
            failed = true;
            throw CallLogFailure.writing("record", file, e);
        }
        return reply;
    }

    /** Appends the run's ending (a run that ended without EXIT), unless writing already failed. */
    void recordEnding(RecordedEnding ending) {
        if (failed) {
            return;
        }
        try {
            RecordFormat.writeEnding(out, ending);
        } catch (IOException e) {
            failed = true;
            throw CallLogFailure.writing("record", file, e);
        }
    }

    @Override
    public void close() {
        CallLogFailure.close(out, failed, "record", file);
    }

    private static void closeQuietly(DataOutputStream out) {
        if (out != null) {
            try {
                out.close();
            } catch (IOException ignored) {
                // already failing
            }
        }
    }
}
