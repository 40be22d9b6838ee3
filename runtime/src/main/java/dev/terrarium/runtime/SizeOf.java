package dev.terrarium.runtime;

/**
 * {@code object.__sizeof__()}: the bytes CPython 3.11 (64-bit) reports for an object of the same
 * value. Containers that over-allocate (list, bytearray, dict, set) are reported as CPython
 * reports a container built by adding their items one by one; other objects Terrarium has no
 * layout for report {@code object}'s 16 bytes (see docs/DIFFERENCES.md).
 */
final class SizeOf {
    private SizeOf() {}

    static long of(PyObject o) {
        if (o instanceof PyInt i) {
            long digits = (i.asBig().abs().bitLength() + 29) / 30;
            return 24 + 4 * Math.max(1, digits);
        }
        if (o instanceof PyFloat) {
            return 24;
        }
        if (o instanceof PyComplex) {
            return 32;
        }
        if (o instanceof PyStr s) {
            return str(s.value());
        }
        if (o instanceof PyBytes b) {
            return 33 + b.length();
        }
        if (o instanceof PyByteArray b) {
            return 56 + (b.length() == 0 ? 0 : b.length() + 1);
        }
        if (o instanceof PyTuple t) {
            return 24 + 8L * t.size();
        }
        if (o instanceof PyList l) {
            return 40 + 8L * l.size();
        }
        if (o instanceof PyDict d) {
            return dict(d);
        }
        if (o instanceof PyAnySet s) {
            return set(s.size());
        }
        if (o instanceof PyRange || o instanceof PyRange.Iterator) {
            return 48;
        }
        if (o instanceof PySlice) {
            return 40;
        }
        if (o instanceof PyFunction) {
            return 136;
        }
        if (o instanceof PyGenerator) {
            return 184;
        }
        if (o instanceof PyBuiltinFunction || o instanceof PyMethodDescriptor.PyBoundBuiltin) {
            return 56;
        }
        if (o instanceof PySequenceIterator) {
            return 32;
        }
        if (o instanceof PyInstance i) {
            long slots = 0;
            for (PyType t : i.type().mro()) {
                for (PyObject v : t.namespaceCopy().entries().values()) {
                    if (v instanceof PyMemberDescriptor) {
                        slots++;
                    }
                }
            }
            return 16 + 8 * slots + (i.visibleDict() != null ? 8 : 0);
        }
        return 16;
    }

    /** A compact str: 1 byte a character plus the terminator when ASCII, else 1, 2 or 4 by its widest. */
    private static long str(String v) {
        int max = 0;
        long n = 0;
        for (int i = 0; i < v.length(); ) {
            int cp = v.codePointAt(i);
            max = Math.max(max, cp);
            i += Character.charCount(cp);
            n++;
        }
        if (max < 0x80) {
            return 48 + n + 1;
        }
        int kind = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
        return 72 + (n + 1) * kind;
    }

    /** CPython 3.11's dict: a keys table of 8 slots growing to the power of two above 3 * used. */
    private static long dict(PyDict d) {
        int n = d.size();
        if (n == 0) {
            return 48;
        }
        boolean strKeys = true;
        for (PyObject k : d.entries().keySet()) {
            if (!(k instanceof PyStr)) {
                strKeys = false;
                break;
            }
        }
        long size = 8;
        long usable = 5;
        while (n > usable) {
            long want = usable * 3;
            size = 8;
            while (size < want) {
                size <<= 1;
            }
            usable = size * 2 / 3;
        }
        long indexBytes = size <= 0x80 ? 1 : size <= 0x8000 ? 2 : size <= 0x80000000L ? 4 : 8;
        return 48 + 32 + size * indexBytes + usable * (strKeys ? 16 : 24);
    }

    /** CPython 3.11's set: 8 slots inline, a table grown when 3/5 full to the power of two above 4 * used. */
    private static long set(int n) {
        long size = 8;
        for (long i = 1; i <= n; i++) {
            if (i * 5 >= (size - 1) * 3) {
                long minused = i > 50000 ? i * 2 : i * 4;
                size = 8;
                while (size <= minused) {
                    size <<= 1;
                }
            }
        }
        return 200 + (size > 8 ? 16 * size : 0);
    }
}
