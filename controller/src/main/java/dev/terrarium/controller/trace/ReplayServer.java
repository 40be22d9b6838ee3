package dev.terrarium.controller.trace;

import dev.terrarium.runtime.external.Op;
import dev.terrarium.runtime.external.Reply;
import dev.terrarium.runtime.external.Request;
import dev.terrarium.runtime.external.WireCodec;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code --replay FILE}: answers every call from a record made by {@link CallRecorder}, in
 * order, without touching the host's files, clock or randomness (and without sleeping). Each
 * request must equal the recorded one, operation and arguments; the first that does not
 * ends the run with a {@link ReplayDiverged} reason such as
 * {@code replay diverged at call 7: expected OPEN, got TIME}. Writes the record says went to
 * stdout or stderr are written there again, so the replay shows the recorded output.
 * The record is read as the calls come, one bounded frame at a time.
 */
public final class ReplayServer implements CallHandler, AutoCloseable {
    private final Path file;
    private final DataInputStream in;
    private final StandardStreams streams;
    private final long hashSeed;
    private long calls;

    private ReplayServer(Path file, DataInputStream in, StandardStreams streams, long hashSeed) {
        this.file = file;
        this.in = in;
        this.streams = streams;
        this.hashSeed = hashSeed;
    }

    /**
     * Opens {@code file} and checks that it records a run of the script with this
     * {@code sha256} and {@code argv}; otherwise (or if the file is unreadable) a
     * {@link ReplayDiverged} explains why the replay cannot start.
     */
    static ReplayServer open(Path file, String sha256, List<String> argv, StandardStreams streams) {
        DataInputStream in = null;
        RecordFormat.Header header;
        try {
            in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
            header = RecordFormat.readHeader(in);
        } catch (IOException | RuntimeException e) {
            closeQuietly(in);
            throw new ReplayDiverged("cannot replay " + file + ": " + CallLogFailure.describe(e));
        }
        if (!header.scriptSha256().equals(sha256)) {
            closeQuietly(in);
            throw new ReplayDiverged("replay diverged before the first call: the script is not the recorded one"
                    + " (sha256 " + abbreviate(sha256) + ", recorded " + abbreviate(header.scriptSha256()) + ")");
        }
        if (!header.argv().equals(argv)) {
            closeQuietly(in);
            throw new ReplayDiverged("replay diverged before the first call: argv is " + JsonLine.summary(argv)
                    + ", recorded " + JsonLine.summary(header.argv()));
        }
        return new ReplayServer(file, in, streams, header.hashSeed());
    }

    /** The hash seed of the recorded run, which the replay's child must use too. */
    long hashSeed() {
        return hashSeed;
    }

    @Override
    public Reply answer(Request request) {
        long n = ++calls;
        RecordFormat.Entry entry;
        try {
            entry = RecordFormat.readEntry(in);
        } catch (IOException | RuntimeException e) {
            throw new ReplayDiverged("cannot replay " + file + " at call " + n + ": " + CallLogFailure.describe(e));
        }
        if (entry == null) {
            throw new ReplayDiverged("replay diverged at call " + n + ": the record ends after call " + (n - 1)
                    + ", got " + request.op());
        }
        if (entry.ending() != null) {
            // the recorded run was stopped here (a limit, a killed child): so is the replay
            throw entry.ending();
        }
        Request expected = entry.request();
        if (expected.op() != request.op()) {
            throw new ReplayDiverged("replay diverged at call " + n + ": expected " + expected.op() + ", got "
                    + request.op());
        }
        if (!WireCodec.sameValue(expected.args(), request.args())) {
            throw new ReplayDiverged("replay diverged at call " + n + ": expected " + expected.op() + " "
                    + JsonLine.summary(expected.args()) + ", got " + request.op() + " " + JsonLine.summary(request.args()));
        }
        if (entry.sink() != StandardStreams.NONE && request.op() == Op.WRITE && request.args().size() == 2
                && request.args().get(1) instanceof byte[]) {
            streams.replay(entry.sink(), (byte[]) request.args().get(1));
        }
        return entry.reply();
    }

    /**
     * After the guest's EXIT: how the recorded run ended if not by that EXIT (a CPU limit
     * reported after the child's own EXIT), or null.
     */
    RecordedEnding endingAfterExit() {
        try {
            RecordFormat.Entry entry = RecordFormat.readEntry(in);
            return entry == null ? null : entry.ending();
        } catch (IOException | RuntimeException e) {
            throw new ReplayDiverged("cannot replay " + file + " after call " + calls + ": " + CallLogFailure.describe(e));
        }
    }

    private static String abbreviate(String sha256) {
        return sha256.length() > 12 ? sha256.substring(0, 12) + "..." : sha256;
    }

    @Override
    public void close() {
        closeQuietly(in);
    }

    private static void closeQuietly(DataInputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException ignored) {
                // nothing was written
            }
        }
    }
}
