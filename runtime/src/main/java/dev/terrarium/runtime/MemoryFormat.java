package dev.terrarium.runtime;

import java.math.BigInteger;

/**
 * The native single-character struct formats a memoryview reads and writes (compare CPython's
 * {@code Objects/memoryobject.c}: {@code get_native_fmtchar}, {@code unpack_single},
 * {@code pack_single}). Sizes and byte order are those of CPython on x86-64 Linux: little
 * endian, {@code l}/{@code L}/{@code n}/{@code N}/{@code P} 8 bytes. CPython 3.11's memoryview
 * does not take {@code e} (half floats), so neither does this.
 */
final class MemoryFormat {
    private MemoryFormat() {}

    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    /**
     * The item size of a format string as {@code memoryview.cast} accepts it (one native
     * character, optionally after {@code @}), or -1.
     */
    static int itemSize(String format) {
        String f = format.startsWith("@") ? format.substring(1) : format;
        if (f.length() != 1) {
            return -1;
        }
        switch (f.charAt(0)) {
            case 'b': case 'B': case 'c': case '?':
                return 1;
            case 'h': case 'H':
                return 2;
            case 'i': case 'I': case 'f':
                return 4;
            case 'l': case 'L': case 'q': case 'Q': case 'n': case 'N': case 'P': case 'd':
                return 8;
            default:
                return -1;
        }
    }

    /** The format character of a valid format string. */
    static char code(String format) {
        return format.charAt(format.length() - 1);
    }

    /** Whether the format is one of the byte formats casts may go to or from ({@code B b c}). */
    static boolean isByteFormat(String format) {
        char c = code(format);
        return itemSize(format) == 1 && (c == 'B' || c == 'b' || c == 'c');
    }

    private static long readLE(byte[] a, int off, int size) {
        long v = 0;
        for (int i = size - 1; i >= 0; i--) {
            v = (v << 8) | (a[off + i] & 0xFF);
        }
        return v;
    }

    private static void writeLE(byte[] a, int off, int size, long v) {
        for (int i = 0; i < size; i++) {
            a[off + i] = (byte) (v >>> (8 * i));
        }
    }

    /** The item at {@code a[off]} as a Python object. */
    static PyObject unpack(char code, byte[] a, int off) {
        switch (code) {
            case 'B': return PyInt.of(a[off] & 0xFF);
            case 'b': return PyInt.of(a[off]);
            case 'c': return new PyBytes(new byte[] {a[off]});
            case '?': return PyBool.of(a[off] != 0);
            case 'h': return PyInt.of((short) readLE(a, off, 2));
            case 'H': return PyInt.of(readLE(a, off, 2));
            case 'i': return PyInt.of((int) readLE(a, off, 4));
            case 'I': return PyInt.of(readLE(a, off, 4));
            case 'l': case 'q': case 'n':
                return PyInt.of(readLE(a, off, 8));
            case 'L': case 'Q': case 'N': case 'P': {
                long v = readLE(a, off, 8);
                return v >= 0 ? PyInt.of(v) : PyInt.of(BigInteger.valueOf(v).add(TWO_64));
            }
            case 'f': return new PyFloat(Float.intBitsToFloat((int) readLE(a, off, 4)));
            case 'd': return new PyFloat(Double.longBitsToDouble(readLE(a, off, 8)));
            default:
                throw PyErrors.of(PyExc.NotImplementedError, "memoryview: format " + code + " not supported");
        }
    }

    /**
     * Writes {@code v} as an item at {@code a[off]}, with CPython's errors for a wrong type or
     * value: a TypeError while converting {@code v} becomes "invalid type", an OverflowError or
     * ValueError "invalid value" (compare fix_error_int).
     */
    static void pack(String format, byte[] a, int off, PyObject v) {
        try {
            packChecked(format, a, off, v);
        } catch (PyException e) {
            if (e.matches(PyExc.TypeError)) {
                throw invalidType(format);
            }
            if (e.matches(PyExc.OverflowError) || e.matches(PyExc.ValueError)) {
                throw invalidValue(format);
            }
            throw e;
        }
    }

    private static void packChecked(String format, byte[] a, int off, PyObject v) {
        char code = code(format);
        switch (code) {
            case 'c': {
                if (!(v instanceof PyBytes b)) {
                    throw invalidType(format);
                }
                if (b.length() != 1) {
                    throw invalidValue(format);
                }
                a[off] = (byte) b.byteAt(0);
                return;
            }
            case '?':
                a[off] = (byte) (Ops.isTrue(v) ? 1 : 0);
                return;
            case 'f':
                writeLE(a, off, 4, Float.floatToRawIntBits((float) asDouble(v, format)));
                return;
            case 'd':
                writeLE(a, off, 8, Double.doubleToRawLongBits(asDouble(v, format)));
                return;
            default:
                break;
        }
        PyInt i = ArgParser.indexOrNull(v);
        if (i == null) {
            throw invalidType(format);
        }
        int size = itemSize(format);
        boolean unsigned = Character.isUpperCase(code) || code == 'P';
        BigInteger big = i.asBig();
        // P goes through PyLong_AsVoidPtr, which also takes a negative long
        BigInteger min = unsigned && code != 'P' ? BigInteger.ZERO : BigInteger.ONE.shiftLeft(8 * size - 1).negate();
        BigInteger max = unsigned ? BigInteger.ONE.shiftLeft(8 * size).subtract(BigInteger.ONE)
                : BigInteger.ONE.shiftLeft(8 * size - 1).subtract(BigInteger.ONE);
        if (big.compareTo(min) < 0 || big.compareTo(max) > 0) {
            throw invalidValue(format);
        }
        writeLE(a, off, size, big.longValue());
    }

    /** CPython's PyFloat_AsDouble as pack_single uses it: float, int, or an object with __float__ or __index__. */
    private static double asDouble(PyObject v, String format) {
        if (v instanceof PyFloat f) {
            return f.value;
        }
        if (v instanceof PyInt i) {
            return i.asDouble();
        }
        if (v.type().lookup("__float__") != null || v.type().lookup("__index__") != null) {
            return ((PyFloat) PyFloat.TYPE.call1(v)).value;
        }
        throw invalidType(format);
    }

    private static PyException invalidType(String format) {
        return PyErrors.typeError("memoryview: invalid type for format '%s'", code(format));
    }

    private static PyException invalidValue(String format) {
        return PyErrors.valueError("memoryview: invalid value for format '%s'", code(format));
    }
}
