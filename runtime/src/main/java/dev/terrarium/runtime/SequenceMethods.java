package dev.terrarium.runtime;

/**
 * Methods shared by list and tuple: {@code count(value)} and
 * {@code index(value, start=0, stop=sys.maxsize)}, with CPython 3.11's messages. Both read
 * the sequence by position on every step, so a list mutated by an {@code __eq__} is seen as
 * CPython sees it.
 */
final class SequenceMethods {
    private SequenceMethods() {}

    static void installCommon(PyType t) {
        String typeName = t.name();
        t.define("count", new PyMethodDescriptor(t, "count", (s, a, k) -> {
            ArgParser.noKeywords(typeName + ".count", k);
            if (a.length != 1) {
                throw PyErrors.typeError("%s.count() takes exactly one argument (%d given)", typeName, a.length);
            }
            int n = 0;
            for (int i = 0; i < size(s); i++) {
                PyObject x = item(s, i);
                if (x == a[0] || Ops.eq(x, a[0])) {
                    n++;
                }
            }
            return PyInt.of(n);
        }));
        t.define("index", new PyMethodDescriptor(t, "index", (s, a, k) -> {
            ArgParser.noKeywords("index", k);
            ArgParser.arity("index", a, 1, 3);
            long start = a.length > 1 ? boundary(a[1], size(s)) : 0;
            long stop = a.length > 2 ? boundary(a[2], size(s)) : Long.MAX_VALUE;
            for (long i = start; i < stop && i < size(s); i++) {
                PyObject x = item(s, (int) i);
                if (x == a[0] || Ops.eq(x, a[0])) {
                    return PyInt.of(i);
                }
            }
            throw PyErrors.valueError(s instanceof PyTuple ? "tuple.index(x): x not in tuple" : "%s is not in list",
                    Ops.repr(a[0]));
        }));
    }

    /** A start/stop argument: negative counts from the end, then clamped at 0 (compare list_index_impl). */
    private static long boundary(PyObject o, int size) {
        if (!(o instanceof PyInt)) {
            throw PyErrors.typeError("slice indices must be integers or have an __index__ method");
        }
        long v = StrArgs.sliceIndex(o, 0);
        if (v < 0) {
            v += size;
            if (v < 0) {
                v = 0;
            }
        }
        return v;
    }

    private static int size(PyObject s) {
        return s instanceof PyList l ? l.size() : ((PyTuple) s).size();
    }

    private static PyObject item(PyObject s, int i) {
        return s instanceof PyList l ? l.get(i) : ((PyTuple) s).get(i);
    }
}
