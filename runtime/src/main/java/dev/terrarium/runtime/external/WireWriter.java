package dev.terrarium.runtime.external;

import java.util.Arrays;

/** A growable big-endian byte sink for {@link WireCodec}: the runtime may not use java.io. */
final class WireWriter {
    private byte[] bytes = new byte[64];
    private int size;

    private void ensure(int extra) {
        long needed = (long) size + extra;
        if (needed > WireCodec.MAX_FRAME) {
            throw new WireFormatException("payload exceeds " + WireCodec.MAX_FRAME + " bytes");
        }
        if (needed > bytes.length) {
            bytes = Arrays.copyOf(bytes, (int) Math.min(WireCodec.MAX_FRAME, Math.max(needed, 2L * bytes.length)));
        }
    }

    void u8(int value) {
        ensure(1);
        bytes[size++] = (byte) value;
    }

    void i32(int value) {
        ensure(4);
        bytes[size++] = (byte) (value >>> 24);
        bytes[size++] = (byte) (value >>> 16);
        bytes[size++] = (byte) (value >>> 8);
        bytes[size++] = (byte) value;
    }

    void i64(long value) {
        i32((int) (value >>> 32));
        i32((int) value);
    }

    void raw(byte[] data) {
        ensure(data.length);
        System.arraycopy(data, 0, bytes, size, data.length);
        size += data.length;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }
}
