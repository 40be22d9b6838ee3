package dev.terrarium.controller.trace;

import dev.terrarium.runtime.HashSeed;
import dev.terrarium.runtime.external.Reply;
import dev.terrarium.runtime.external.Request;
import dev.terrarium.runtime.external.WireCodec;
import dev.terrarium.runtime.external.WireFormatException;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The file {@code --record} writes and {@code --replay} reads. It starts with the text line
 * {@value #MAGIC_LINE_TEXT} (so {@code head -1} says what it is), then a header frame, then
 * one entry per call, all in the wire protocol's framing (see {@link WireCodec}: a 4-byte
 * big-endian length and a payload of at most 1 MiB):
 * <ul>
 *   <li>header: a reply payload (errno 0) whose values are {@code [format version: Long,
 *       protocol version: Long, script sha256: String (hex), argv: List<String>, hash seed:
 *       Long]} (the child's str hash seed is no call, so the replay's child gets it from here);</li>
 *   <li>entry: one byte saying where a WRITE went (0 elsewhere, 1 stdout, 2 stderr; see
 *       {@link StandardStreams}), then the request's frame, then the reply's frame.</li>
 * </ul>
 * The file ends after the last entry; a run that ended normally has EXIT as its last entry.
 * A run that ended otherwise (a limit, a killed child) ends with an <em>ending</em> entry:
 * the byte {@value #ENDING_MARK}, then a reply frame {@code [outcome: String, exit code: Long,
 * reason: String]} ({@link RecordedEnding}), which a replay reports as the run's end.
 * Reading checks every length and decodes with the protocol's defensive decoder, so a
 * damaged or hostile record file is reported, never trusted.
 */
final class RecordFormat {
    private RecordFormat() {}

    static final String MAGIC_LINE_TEXT = "terrarium-record 1";
    static final byte[] MAGIC_LINE = (MAGIC_LINE_TEXT + "\n").getBytes(StandardCharsets.US_ASCII);
    static final long FORMAT_VERSION = 1;

    /** What a record says about its run, checked before a replay starts. */
    record Header(String scriptSha256, List<String> argv, long hashSeed) {}

    /**
     * One call: where its write went (for a WRITE), what the guest asked, what it was told; or
     * (request and reply null) the run's ending when it was not EXIT.
     */
    record Entry(int sink, Request request, Reply reply, RecordedEnding ending) {
        Entry(int sink, Request request, Reply reply) {
            this(sink, request, reply, null);
        }
    }

    /** The mark of the last entry of a run that ended without EXIT, in place of the stream byte. */
    static final int ENDING_MARK = 3;

    /** The ending entry: {@link #ENDING_MARK}, then a reply frame {@code [outcome: String, exit code: Long, reason: String]}. */
    static void writeEnding(DataOutputStream out, RecordedEnding ending) throws IOException {
        out.write(ENDING_MARK);
        out.write(WireCodec.frame(WireCodec.encodeReply(Reply.ok(ending.outcome(), (long) ending.exitCode(),
                ending.reason()))));
    }

    static void writeHeader(DataOutputStream out, Header header) throws IOException {
        out.write(MAGIC_LINE);
        out.write(WireCodec.frame(WireCodec.encodeReply(Reply.ok(FORMAT_VERSION, WireCodec.PROTOCOL_VERSION,
                header.scriptSha256(), new ArrayList<Object>(header.argv()), header.hashSeed()))));
    }

    static void writeEntry(DataOutputStream out, Entry entry) throws IOException {
        out.write(entry.sink());
        out.write(WireCodec.frame(WireCodec.encodeRequest(entry.request())));
        out.write(WireCodec.frame(WireCodec.encodeReply(entry.reply())));
    }

    /** Reads the magic line and the header; a file that is not a record of this format is an IOException. */
    static Header readHeader(DataInputStream in) throws IOException {
        byte[] magic = new byte[MAGIC_LINE.length];
        try {
            in.readFully(magic);
        } catch (EOFException e) {
            throw new IOException("not a Terrarium record (too short)");
        }
        if (!java.util.Arrays.equals(magic, MAGIC_LINE)) {
            throw new IOException("not a Terrarium record of format 1 (it does not start with '"
                    + MAGIC_LINE_TEXT + "')");
        }
        Reply header;
        try {
            header = WireCodec.decodeReply(readFrame(in));
        } catch (WireFormatException e) {
            throw new IOException("damaged record header: " + e.getMessage());
        }
        List<Object> v = header.values();
        if (v.size() != 5 || !Long.valueOf(FORMAT_VERSION).equals(v.get(0)) || !(v.get(1) instanceof Long)
                || !(v.get(2) instanceof String) || !(v.get(3) instanceof List) || !(v.get(4) instanceof Long)
                || (Long) v.get(4) < 0 || (Long) v.get(4) > HashSeed.MAX) {
            throw new IOException("damaged record header");
        }
        if (!Long.valueOf(WireCodec.PROTOCOL_VERSION).equals(v.get(1))) {
            throw new IOException("the record was made with protocol version " + v.get(1)
                    + ", this controller speaks " + WireCodec.PROTOCOL_VERSION);
        }
        List<String> argv = new ArrayList<>();
        for (Object arg : (List<?>) v.get(3)) {
            if (!(arg instanceof String)) {
                throw new IOException("damaged record header");
            }
            argv.add((String) arg);
        }
        return new Header((String) v.get(2), List.copyOf(argv), (Long) v.get(4));
    }

    /** The next entry, or null at the clean end of the file. */
    static Entry readEntry(DataInputStream in) throws IOException {
        int sink = in.read();
        if (sink < 0) {
            return null;
        }
        if (sink == ENDING_MARK) {
            return new Entry(sink, null, null, readEnding(in));
        }
        if (sink > StandardStreams.STDERR) {
            throw new IOException("damaged entry (stream byte " + sink + ")");
        }
        try {
            Request request = WireCodec.decodeRequest(readFrame(in));
            Reply reply = WireCodec.decodeReply(readFrame(in));
            return new Entry(sink, request, reply);
        } catch (WireFormatException e) {
            throw new IOException("damaged entry: " + e.getMessage());
        } catch (EOFException e) {
            throw new IOException("the record is truncated");
        }
    }

    private static RecordedEnding readEnding(DataInputStream in) throws IOException {
        List<Object> v;
        try {
            v = WireCodec.decodeReply(readFrame(in)).values();
        } catch (WireFormatException e) {
            throw new IOException("damaged ending: " + e.getMessage());
        } catch (EOFException e) {
            throw new IOException("the record is truncated");
        }
        if (v.size() != 3 || !(v.get(0) instanceof String) || !(v.get(1) instanceof Long) || !(v.get(2) instanceof String)
                || (Long) v.get(1) < 0 || (Long) v.get(1) > 255) {
            throw new IOException("damaged ending");
        }
        return new RecordedEnding((String) v.get(0), (int) (long) (Long) v.get(1), (String) v.get(2));
    }

    private static byte[] readFrame(DataInputStream in) throws IOException {
        byte[] header = new byte[WireCodec.FRAME_HEADER_BYTES];
        in.readFully(header);
        byte[] payload = new byte[WireCodec.frameLength(header)];
        in.readFully(payload);
        return payload;
    }
}
