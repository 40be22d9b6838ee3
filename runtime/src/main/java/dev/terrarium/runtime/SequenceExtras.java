package dev.terrarium.runtime;

/**
 * Special methods of str, bytes, bytearray, list, tuple, range and slice that are methods in
 * CPython rather than slot wrappers ({@code list.__getitem__}, {@code list.__reversed__},
 * {@code __getnewargs__}...), the in-place operators of list and bytearray, and the
 * {@code count}/{@code index} methods and attributes of range and slice.
 */
final class SequenceExtras {
    private SequenceExtras() {}

    static void install() {
        BuiltinNames.oneArg(PyList.TYPE, "__getitem__", PyObject::getItem);
        BuiltinNames.noArgs(PyList.TYPE, "__reversed__", SequenceExtras::reversed);
        BuiltinNames.method(PyList.TYPE, "__iadd__", (s, a, k) -> {
            ArgParser.noKeywords("__iadd__", k);
            ArgParser.arity("__iadd__", a, 1, 1);
            ((PyList) s).extend(Ops.toArray(a[0]));
            return s;
        });
        for (PyType t : new PyType[] {PyList.TYPE, PyByteArray.TYPE}) {
            BuiltinNames.method(t, "__imul__", (s, a, k) -> {
                ArgParser.noKeywords("__imul__", k);
                ArgParser.arity("__imul__", a, 1, 1);
                return repeatInPlace(s, a[0]);
            });
        }
        BuiltinNames.method(PyByteArray.TYPE, "__iadd__", (s, a, k) -> {
            ArgParser.noKeywords("__iadd__", k);
            ArgParser.arity("__iadd__", a, 1, 1);
            return concatInPlace(s, a[0]);
        });
        BuiltinNames.noArgs(PyStr.TYPE, "__getnewargs__", s -> PyTuple.of(PyStr.of(((PyStr) s).value())));
        BuiltinNames.noArgs(PyBytes.TYPE, "__getnewargs__", s -> PyTuple.of(new PyBytes(((PyBytesLike) s).toByteArray())));
        BuiltinNames.noArgs(PyBytes.TYPE, "__bytes__", s -> s.type() == PyBytes.TYPE ? s : new PyBytes(((PyBytesLike) s).toByteArray()));
        BuiltinNames.noArgs(PyTuple.TYPE, "__getnewargs__", s -> PyTuple.of(PyTuple.of(((PyTuple) s).toArray())));
        range();
        slice();
    }

    /** Whether {@code o} can be a repeat count ({@code PyIndex_Check}). */
    static boolean isIndex(PyObject o) {
        return o instanceof PyInt || o.type().lookup("__index__") != null;
    }

    /** {@code xs *= n} for a list or bytearray: the same object, repeated (list_inplace_repeat). */
    static PyObject repeatInPlace(PyObject s, PyObject n) {
        PyObject repeated = s.mul(ArgParser.index(n));
        if (s instanceof PyList l) {
            PyList r = (PyList) repeated;
            l.setContents(r.toArray(), r.size());
        } else {
            ((PyByteArray) s).setValue(((PyBytesLike) repeated).toByteArray());
        }
        return s;
    }

    /** {@code b += x} for a bytearray: the same object, extended (bytearray_iconcat). */
    static PyObject concatInPlace(PyObject s, PyObject other) {
        return ((PyByteArray) s).inplaceConcat(other);
    }

    static PyObject reversed(PyObject s) {
        return IteratorTypes.reversed(IteratorTypes.REVERSED, new PyObject[] {s}, null);
    }

    private static void range() {
        PyType t = PyRange.TYPE;
        BuiltinNames.noArgs(t, "__reversed__", SequenceExtras::reversed);
        for (String name : new String[] {"start", "stop", "step"}) {
            BuiltinNames.getset(t, name, s -> s.getAttr(name));
        }
        BuiltinNames.oneArg(t, "count", (s, x) -> {
            if (x.type() == PyInt.TYPE || x.type() == PyBool.TYPE) {
                return PyInt.of(s.contains(x) ? 1 : 0);
            }
            long n = 0;
            PyObject it = s.iter();
            for (PyObject y = it.next(); y != null; y = it.next()) {
                if (Ops.eq(y, x)) {
                    n++;
                }
            }
            return PyInt.of(n);
        });
        BuiltinNames.oneArg(t, "index", (s, x) -> {
            if (x.type() == PyInt.TYPE || x.type() == PyBool.TYPE) {
                if (!s.contains(x)) {
                    throw PyErrors.valueError("%s is not in range", x.repr());
                }
                PyInt start = (PyInt) s.getAttr("start");
                PyInt step = (PyInt) s.getAttr("step");
                return PyInt.of(((PyInt) x).asBig().subtract(start.asBig()).divide(step.asBig()));
            }
            long i = 0;
            PyObject it = s.iter();
            for (PyObject y = it.next(); y != null; y = it.next(), i++) {
                if (Ops.eq(y, x)) {
                    return PyInt.of(i);
                }
            }
            throw PyErrors.valueError("sequence.index(x): x not in sequence");
        });
    }

    private static void slice() {
        PyType t = PySlice.TYPE;
        for (String name : new String[] {"start", "stop", "step"}) {
            BuiltinNames.getset(t, name, s -> s.getAttr(name));
        }
        BuiltinNames.oneArg(t, "indices", (s, n) -> s.getAttr("indices").call1(n));
    }
}
