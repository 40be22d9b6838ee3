package dev.terrarium.runtime;

/** Shared algorithms of array-backed sequences (list, tuple). */
final class Sequences {
    private Sequences() {}

    /**
     * A subscript as a sequence sees it: an object whose class defines {@code __index__}
     * becomes that int (CPython's sequences call PyNumber_AsSsize_t on such keys); anything
     * else is returned unchanged.
     */
    static PyObject indexKey(PyObject key) {
        if (key instanceof PyInstance || !(key instanceof PyInt) && DerivedSlots.isDerived(key)) {
            PyInt i = ArgParser.indexOrNull(key);
            if (i != null) {
                return i;
            }
        }
        return key;
    }

    /** A valid index into a sequence of {@code size} items, or IndexError with {@code message}. */
    static int index(PyInt i, int size, String message) {
        if (!i.isSmall()) {
            // PyNumber_AsSsize_t(key, PyExc_IndexError), before any range check
            throw PyErrors.indexError("cannot fit 'int' into an index-sized integer");
        }
        long k = i.value;
        if (k < 0) {
            k += size;
        }
        if (k < 0 || k >= size) {
            throw PyErrors.indexError(message);
        }
        return (int) k;
    }

    static PyObject[] slice(PyObject[] items, int size, PySlice s) {
        int[] r = s.indices(size);
        int n = PySlice.sliceLength(r[0], r[1], r[2]);
        PyObject[] out = new PyObject[n];
        for (int i = 0, k = r[0]; i < n; i++, k += r[2]) {
            out[i] = items[k];
        }
        return out;
    }

    static PyObject[] repeat(PyObject[] items, int size, PyInt times) {
        long n = times.isSmall() ? times.value : (times.asBig().signum() < 0 ? 0 : Long.MAX_VALUE);
        if (n <= 0 || size == 0) {
            return new PyObject[0];
        }
        if (n > Integer.MAX_VALUE || (long) size * n > Integer.MAX_VALUE - 8) {
            throw PyErrors.memoryError();
        }
        Budget.checkElements(size * n);
        PyObject[] out = new PyObject[(int) (size * n)];
        for (int i = 0; i < n; i++) {
            System.arraycopy(items, 0, out, i * size, size);
        }
        return out;
    }

    /** Lexicographic comparison, as CPython's {@code list_richcompare}. */
    static PyObject compare(PyObject[] a, int na, PyObject[] b, int nb, CompareOp op) {
        int i = 0;
        while (i < na && i < nb && (a[i] == b[i] || Ops.eq(a[i], b[i]))) {
            i++;
        }
        if (i >= na || i >= nb) {
            return PyBool.of(op.test(Integer.compare(na, nb)));
        }
        if (op == CompareOp.EQ) {
            return PyBool.FALSE;
        }
        if (op == CompareOp.NE) {
            return PyBool.TRUE;
        }
        return Ops.compare(a[i], b[i], op);
    }
}
