package dev.terrarium.runtime;

/**
 * The runtime's one door for "bytes-like objects" (compare CPython's {@code PyObject_GetBuffer}
 * with {@code PyBUF_SIMPLE}): bytes, bytearray and memoryview. Functions that take a bytes-like
 * argument ask here, so each of them takes all three.
 */
public final class Buffers {
    private Buffers() {}

    /** Whether {@code o} exposes the buffer protocol. */
    public static boolean isBytesLike(PyObject o) {
        return o instanceof PyBytesLike || o instanceof PyMemoryView;
    }

    /**
     * A copy of the bytes of a bytes-like object (a memoryview's in C order), or null if
     * {@code o} is not bytes-like. A released memoryview raises CPython's ValueError.
     */
    public static byte[] bytesOf(PyObject o) {
        if (o instanceof PyBytesLike b) {
            return b.toByteArray();
        }
        if (o instanceof PyMemoryView m) {
            return m.toBytes();
        }
        return null;
    }

    /** The bytes of a bytes-like argument, else CPython's "a bytes-like object is required". */
    public static byte[] require(PyObject o) {
        byte[] b = bytesOf(o);
        if (b == null) {
            throw PyErrors.typeError("a bytes-like object is required, not '%s'", o.type().name());
        }
        return b;
    }

    /** The value of a bytes-like object as a Latin-1 string (one char per byte), or null. */
    static String latin1Of(PyObject o) {
        if (o instanceof PyBytesLike b) {
            return b.latin1();
        }
        if (o instanceof PyMemoryView m) {
            return new String(m.toBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        return null;
    }
}
