package dev.terrarium.runtime;

/** The methods of {@code set} and {@code frozenset} (compare CPython's set_methods/frozenset_methods). */
final class SetMethods {
    private SetMethods() {}

    private static void def(PyType t, String name, PyMethodDescriptor.Body body) {
        t.define(name, new PyMethodDescriptor(t, name, body));
    }

    /** A method of no arguments. */
    private interface Body0 {
        PyObject call(PyAnySet self);
    }

    /** A method of exactly one positional argument (METH_O). */
    private interface Body1 {
        PyObject call(PyAnySet self, PyObject arg);
    }

    /** A method of any number of positional arguments (METH_VARARGS). */
    private interface BodyN {
        PyObject call(PyAnySet self, PyObject[] args);
    }

    private static void def0(PyType t, String name, Body0 body) {
        String q = t.name() + "." + name;
        def(t, name, (s, a, k) -> {
            ArgParser.noArgs(q, a, k);
            return body.call((PyAnySet) s);
        });
    }

    private static void def1(PyType t, String name, Body1 body) {
        String q = t.name() + "." + name;
        def(t, name, (s, a, k) -> {
            ArgParser.noKeywords(q, k);
            ArgParser.arity(q, a, 1, 1);
            return body.call((PyAnySet) s, a[0]);
        });
    }

    private static void defN(PyType t, String name, BodyN body) {
        String q = t.name() + "." + name;
        def(t, name, (s, a, k) -> {
            ArgParser.noKeywords(q, k);
            return body.call((PyAnySet) s, a);
        });
    }

    static void install(PyType t, boolean mutable) {
        def0(t, "copy", s -> s instanceof PyFrozenSet ? s : s.copyLike());
        defN(t, "union", PyAnySet::union);
        defN(t, "intersection", PyAnySet::intersectionMulti);
        defN(t, "difference", PyAnySet::differenceMulti);
        def1(t, "symmetric_difference", PyAnySet::symmetricDifference);
        def1(t, "issubset", (s, o) -> PyBool.of(s.isSubset(o)));
        def1(t, "issuperset", (s, o) -> PyBool.of(s.isSuperset(o)));
        def1(t, "isdisjoint", (s, o) -> PyBool.of(s.isDisjoint(o)));
        def1(t, "__contains__", (s, o) -> PyBool.of(s.contains(o)));
        def0(t, "__len__", s -> PyInt.of(s.size()));
        def0(t, "__iter__", PyAnySet::iter);
        if (!mutable) {
            return;
        }
        def1(t, "add", (s, o) -> {
            s.addKey(o);
            return PyNone.INSTANCE;
        });
        def1(t, "discard", (s, o) -> {
            s.discardKey(o);
            return PyNone.INSTANCE;
        });
        def1(t, "remove", (s, o) -> {
            if (!s.discardKey(o)) {
                throw PyErrors.keyError(o);
            }
            return PyNone.INSTANCE;
        });
        def0(t, "pop", s -> {
            if (s.size() == 0) {
                throw PyErrors.keyError(PyStr.of("pop from an empty set"));
            }
            return s.table.pop();
        });
        def0(t, "clear", s -> {
            s.table.clear();
            return PyNone.INSTANCE;
        });
        defN(t, "update", (s, a) -> {
            for (PyObject o : a) {
                s.updateFrom(o);
            }
            return PyNone.INSTANCE;
        });
        defN(t, "intersection_update", (s, a) -> {
            s.table.swap(s.intersectionMulti(a).table);
            return PyNone.INSTANCE;
        });
        defN(t, "difference_update", (s, a) -> {
            for (PyObject o : a) {
                s.differenceUpdate(o);
            }
            return PyNone.INSTANCE;
        });
        def1(t, "symmetric_difference_update", (s, o) -> {
            s.symmetricDifferenceUpdate(o);
            return PyNone.INSTANCE;
        });
    }
}
