package dev.terrarium.runtime;

import java.util.Arrays;

/** A growable byte array (the runtime may not use java.io streams), checked against the {@link Budget}. */
final class ByteBuilder {
    private byte[] buf;
    private int size;

    ByteBuilder(int capacity) {
        buf = new byte[Math.max(capacity, 8)];
    }

    int size() {
        return size;
    }

    private void ensure(long extra) {
        long need = size + extra;
        if (need > buf.length) {
            Budget.checkBytes(need);
            buf = Arrays.copyOf(buf, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(need, buf.length * 2L)));
        }
    }

    void write(int b) {
        ensure(1);
        buf[size++] = (byte) b;
    }

    void write(byte[] b, int off, int len) {
        ensure(len);
        System.arraycopy(b, off, buf, size, len);
        size += len;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }
}
