package dev.terrarium.runtime;

/** Methods shared by list and tuple: {@code index} and {@code count}. */
final class SequenceMethods {
    private SequenceMethods() {}

    static void installCommon(PyType t) {
        t.define("count", new PyMethodDescriptor(t, "count", (s, a, k) -> {
            ArgParser.noKeywords("count", k);
            ArgParser.arity("count", a, 1, 1);
            int n = 0;
            PyObject it = s.iter();
            for (PyObject x = it.next(); x != null; x = it.next()) {
                if (x == a[0] || Ops.eq(x, a[0])) {
                    n++;
                }
            }
            return PyInt.of(n);
        }));
        t.define("index", new PyMethodDescriptor(t, "index", (s, a, k) -> {
            ArgParser.noKeywords("index", k);
            ArgParser.arity("index", a, 1, 1);
            int i = 0;
            PyObject it = s.iter();
            for (PyObject x = it.next(); x != null; x = it.next(), i++) {
                if (x == a[0] || Ops.eq(x, a[0])) {
                    return PyInt.of(i);
                }
            }
            throw PyErrors.valueError(s instanceof PyTuple ? "tuple.index(x): x not in tuple" : "%s is not in list",
                    Ops.repr(a[0]));
        }));
    }
}
