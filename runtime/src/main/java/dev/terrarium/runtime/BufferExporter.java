package dev.terrarium.runtime;

/**
 * The buffer protocol (compare CPython's {@code bf_getbuffer} / {@code bf_releasebuffer} and
 * {@code Py_buffer}): an object whose bytes a {@link PyMemoryView} may look at without copying.
 * The exporter gives its live backing array each time it is asked (so a view sees every later
 * write, and a bytearray may swap its array for a same-sized one), its length, and whether the
 * bytes may be written. Each view counts as an export from creation until it is released;
 * an exporter that can change size (bytearray) refuses to while it has exports, with
 * CPython's {@code BufferError}. A memoryview is no exporter of its own: {@code memoryview(view)}
 * and the bytes-like conversions ({@link Buffers}) look through it to its exporter.
 */
public interface BufferExporter {

    /** The backing array right now; only the first {@link #exportLength()} bytes are the value. */
    byte[] exportArray();

    /** How many bytes the exporter holds. */
    int exportLength();

    /**
     * The struct format of the exporter's items as {@code memoryview(obj).format} shows it: one
     * native format character (see {@link MemoryFormat}); bytes and bytearray export unsigned
     * bytes, an array would export its type code.
     */
    default String exportFormat() {
        return "B";
    }

    /** Whether views over this exporter are read-only (bytes is; bytearray is not). */
    boolean exportReadonly();

    /** A view now looks at this exporter. */
    void acquireExport();

    /** A view released its hold. */
    void releaseExport();
}
