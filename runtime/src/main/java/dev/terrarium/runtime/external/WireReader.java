package dev.terrarium.runtime.external;

import java.util.Arrays;

/**
 * A bounds-checked big-endian cursor over one payload for {@link WireCodec}. Every read
 * first checks that the payload still holds the bytes it needs, so malformed input ends
 * in a {@link WireFormatException}, never an index error or an oversized allocation.
 */
final class WireReader {
    private final byte[] bytes;
    private int pos;

    WireReader(byte[] bytes) {
        this.bytes = bytes;
    }

    int remaining() {
        return bytes.length - pos;
    }

    private void need(long count, String what) {
        if (count < 0 || count > remaining()) {
            throw new WireFormatException("truncated payload: " + what + " needs " + count
                    + " bytes, " + remaining() + " left at offset " + pos);
        }
    }

    int u8(String what) {
        need(1, what);
        return bytes[pos++] & 0xFF;
    }

    int i32(String what) {
        need(4, what);
        int value = ((bytes[pos] & 0xFF) << 24) | ((bytes[pos + 1] & 0xFF) << 16)
                | ((bytes[pos + 2] & 0xFF) << 8) | (bytes[pos + 3] & 0xFF);
        pos += 4;
        return value;
    }

    long i64(String what) {
        need(8, what);
        long high = i32(what) & 0xFFFFFFFFL;
        long low = i32(what) & 0xFFFFFFFFL;
        return (high << 32) | low;
    }

    /** The next {@code count} bytes, after checking that the payload holds them. */
    byte[] raw(int count, String what) {
        need(count, what);
        byte[] out = Arrays.copyOfRange(bytes, pos, pos + count);
        pos += count;
        return out;
    }

    /** Fails unless every byte has been consumed. */
    void expectEnd() {
        if (remaining() != 0) {
            throw new WireFormatException(remaining() + " trailing bytes after offset " + pos);
        }
    }
}
