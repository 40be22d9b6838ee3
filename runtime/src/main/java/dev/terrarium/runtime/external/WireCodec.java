package dev.terrarium.runtime.external;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The Terrarium wire protocol between the sandbox child and the controller: how a
 * {@link Request} or {@link Reply} becomes a payload of bytes and back, and how payloads
 * are framed on a pipe. Pure computation (no I/O), so both sides share it.
 *
 * <h2>Framing</h2>
 * A frame is a 4-byte big-endian payload length, {@code 0 <= length <= }{@link #MAX_FRAME},
 * followed by the payload. The child writes request frames to its stdout and reads reply
 * frames from its stdin; its first request is {@link Op#HELLO} with {@link #MAGIC} and
 * {@link #PROTOCOL_VERSION}.
 *
 * <h2>Payloads</h2>
 * All integers are big-endian.
 * <ul>
 *   <li>Request: {@code i32 opCode}, then a value list (the arguments).</li>
 *   <li>Reply: {@code i32 errno} ({@code >= 0}), then a value list (the results; empty when
 *       errno is not 0).</li>
 *   <li>Value list: {@code i32 count}, then {@code count} values.</li>
 *   <li>Value: a tag byte, then {@link #TAG_NULL}: nothing; {@link #TAG_LONG}: {@code i64};
 *       {@link #TAG_STRING}: {@code i32 length} and that many bytes of strict UTF-8;
 *       {@link #TAG_BYTES}: {@code i32 length} and the bytes; {@link #TAG_LIST}: a value list.</li>
 * </ul>
 * In Java the values are {@code null}, {@link Long}, {@link String}, {@code byte[]} and
 * {@link List} of values; decoded lists are unmodifiable.
 *
 * <h2>Defensive decoding</h2>
 * The controller decodes what an untrusted child sends, so every length is checked against
 * the bytes left in the payload before anything is allocated, lists are limited to
 * {@link #MAX_LIST_LENGTH} elements and {@link #MAX_DEPTH} levels of nesting, and every
 * problem (truncation, unknown tag or op code, malformed UTF-8, trailing bytes) is a
 * {@link WireFormatException}. Encoding throws the same exception for values the wire
 * cannot carry (another type, a string with a lone surrogate, a payload over
 * {@link #MAX_FRAME}).
 */
public final class WireCodec {
    private WireCodec() {}

    /** Protocol version sent in {@link Op#HELLO}; bump on any incompatible change. */
    public static final long PROTOCOL_VERSION = 1;
    /** Magic sent in {@link Op#HELLO}, so a stray program on the pipe is recognised at once. */
    public static final String MAGIC = "TRRM";
    /** Largest payload of one frame, in bytes (1 MiB). */
    public static final int MAX_FRAME = 1 << 20;
    /** Bytes of the frame header (the payload length). */
    public static final int FRAME_HEADER_BYTES = 4;
    /** Most elements of one list (including the top-level argument or result list). */
    public static final int MAX_LIST_LENGTH = 1 << 16;
    /** Most levels of list nesting below the top-level list. */
    public static final int MAX_DEPTH = 8;
    /**
     * Largest {@code byte[]} a sender should put in one request, leaving room for the rest
     * of the payload: bigger writes must be split.
     */
    public static final int MAX_DATA_CHUNK = MAX_FRAME - 4096;

    public static final int TAG_NULL = 0;
    public static final int TAG_LONG = 1;
    public static final int TAG_STRING = 2;
    public static final int TAG_BYTES = 3;
    public static final int TAG_LIST = 4;

    // ---- requests and replies ---------------------------------------------------------

    public static byte[] encodeRequest(Request request) {
        WireWriter out = new WireWriter();
        out.i32(request.op().code);
        writeList(out, request.args(), 0);
        return out.toByteArray();
    }

    public static Request decodeRequest(byte[] payload) {
        WireReader in = new WireReader(payload);
        int code = in.i32("op code");
        Op op = Op.fromCode(code);
        if (op == null) {
            throw new WireFormatException("unknown op code " + code);
        }
        List<Object> args = readList(in, 0);
        in.expectEnd();
        return new Request(op, args);
    }

    public static byte[] encodeReply(Reply reply) {
        if (reply.errno() < 0) {
            throw new WireFormatException("negative errno " + reply.errno());
        }
        if (reply.errno() != 0 && !reply.values().isEmpty()) {
            throw new WireFormatException("an error reply carries no values");
        }
        WireWriter out = new WireWriter();
        out.i32(reply.errno());
        writeList(out, reply.values(), 0);
        return out.toByteArray();
    }

    public static Reply decodeReply(byte[] payload) {
        WireReader in = new WireReader(payload);
        int errno = in.i32("errno");
        if (errno < 0) {
            throw new WireFormatException("negative errno " + errno);
        }
        List<Object> values = readList(in, 0);
        in.expectEnd();
        if (errno != 0 && !values.isEmpty()) {
            throw new WireFormatException("error reply (errno " + errno + ") carries values");
        }
        return new Reply(errno, values);
    }

    // ---- framing ----------------------------------------------------------------------

    /** The frame carrying {@code payload}: its 4-byte big-endian length, then the payload. */
    public static byte[] frame(byte[] payload) {
        checkFrameLength(payload.length);
        byte[] framed = new byte[FRAME_HEADER_BYTES + payload.length];
        framed[0] = (byte) (payload.length >>> 24);
        framed[1] = (byte) (payload.length >>> 16);
        framed[2] = (byte) (payload.length >>> 8);
        framed[3] = (byte) payload.length;
        System.arraycopy(payload, 0, framed, FRAME_HEADER_BYTES, payload.length);
        return framed;
    }

    /**
     * The payload length declared by a frame header ({@code header[0..3]}), checked
     * against {@link #MAX_FRAME} before the receiver allocates anything.
     */
    public static int frameLength(byte[] header) {
        if (header.length < FRAME_HEADER_BYTES) {
            throw new WireFormatException("frame header needs 4 bytes, got " + header.length);
        }
        int length = ((header[0] & 0xFF) << 24) | ((header[1] & 0xFF) << 16)
                | ((header[2] & 0xFF) << 8) | (header[3] & 0xFF);
        return checkFrameLength(length);
    }

    /** {@code length} itself, if it is a valid payload length; otherwise the exception. */
    public static int checkFrameLength(int length) {
        if (length < 0 || length > MAX_FRAME) {
            throw new WireFormatException("frame length " + Integer.toUnsignedString(length)
                    + " outside 0.." + MAX_FRAME);
        }
        return length;
    }

    // ---- values -----------------------------------------------------------------------

    private static void writeList(WireWriter out, List<?> values, int depth) {
        if (values == null) {
            throw new WireFormatException("a value list may not be null");
        }
        if (values.size() > MAX_LIST_LENGTH) {
            throw new WireFormatException("list of " + values.size() + " values exceeds " + MAX_LIST_LENGTH);
        }
        out.i32(values.size());
        for (Object value : values) {
            writeValue(out, value, depth);
        }
    }

    private static void writeValue(WireWriter out, Object value, int depth) {
        if (value == null) {
            out.u8(TAG_NULL);
        } else if (value instanceof Long) {
            out.u8(TAG_LONG);
            out.i64((Long) value);
        } else if (value instanceof String) {
            byte[] utf8 = encodeUtf8((String) value);
            out.u8(TAG_STRING);
            out.i32(utf8.length);
            out.raw(utf8);
        } else if (value instanceof byte[]) {
            byte[] data = (byte[]) value;
            out.u8(TAG_BYTES);
            out.i32(data.length);
            out.raw(data);
        } else if (value instanceof List) {
            if (depth >= MAX_DEPTH) {
                throw new WireFormatException("lists nested deeper than " + MAX_DEPTH);
            }
            out.u8(TAG_LIST);
            writeList(out, (List<?>) value, depth + 1);
        } else {
            throw new WireFormatException("no wire form for " + value.getClass().getName());
        }
    }

    private static List<Object> readList(WireReader in, int depth) {
        int count = in.i32("list length");
        // Each value takes at least its tag byte, so a count beyond the bytes left is a lie
        // and must not size an allocation.
        if (count < 0 || count > MAX_LIST_LENGTH || count > in.remaining()) {
            throw new WireFormatException("bad list length " + count + " (" + in.remaining() + " bytes left)");
        }
        List<Object> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(readValue(in, depth));
        }
        return Collections.unmodifiableList(values);
    }

    private static Object readValue(WireReader in, int depth) {
        int tag = in.u8("value tag");
        switch (tag) {
            case TAG_NULL:
                return null;
            case TAG_LONG:
                return in.i64("long value");
            case TAG_STRING:
                return decodeUtf8(in.raw(in.i32("string length"), "string"));
            case TAG_BYTES:
                return in.raw(in.i32("bytes length"), "bytes");
            case TAG_LIST:
                if (depth >= MAX_DEPTH) {
                    throw new WireFormatException("lists nested deeper than " + MAX_DEPTH);
                }
                return readList(in, depth + 1);
            default:
                throw new WireFormatException("unknown value tag " + tag);
        }
    }

    /** Strict UTF-8: a string with an unpaired surrogate has no UTF-8 form. */
    private static byte[] encodeUtf8(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new WireFormatException("string has a lone surrogate at index " + i);
            }
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Strict UTF-8: malformed sequences, overlong forms and encoded surrogates are refused. */
    private static String decodeUtf8(byte[] utf8) {
        boolean ascii = true;
        for (byte b : utf8) {
            if (b < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return new String(utf8, StandardCharsets.US_ASCII);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(utf8))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new WireFormatException("string is not valid UTF-8");
        }
    }

    /** Equality of wire values: {@code byte[]} by content, lists element by element, the rest by {@code equals}. */
    public static boolean sameValue(Object a, Object b) {
        if (a instanceof byte[] && b instanceof byte[]) {
            return java.util.Arrays.equals((byte[]) a, (byte[]) b);
        }
        if (a instanceof List && b instanceof List) {
            List<?> x = (List<?>) a;
            List<?> y = (List<?>) b;
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!sameValue(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return a == null ? b == null : a.equals(b);
    }
}
