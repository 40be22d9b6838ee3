package dev.terrarium.runtime;

import java.nio.charset.StandardCharsets;

/**
 * The {@code __reduce__} (and bytearray's {@code __reduce_ex__}) of the built-in types that do
 * not take object's default: set, frozenset, bytearray, range, slice, built-in functions and
 * bound built-in methods, bound methods, method-wrappers, Ellipsis and NotImplemented (compare
 * CPython's {@code set_reduce}, {@code bytearray_reduce_ex}, {@code range_reduce},
 * {@code slice_reduce}, {@code meth_reduce}, {@code method_reduce}, {@code wrapper_reduce},
 * {@code ellipsis_reduce}).
 */
final class BuiltinReduce {
    private BuiltinReduce() {}

    static void install() {
        for (PyType t : new PyType[] {PySet.TYPE, PyFrozenSet.TYPE}) {
            // the instance itself, not a frozenset copy: its class and attributes are part of the result
            PyMethodDescriptor.DerivedAwareBody reduce = (s, a, k) -> {
                ArgParser.noArgs(t.name() + ".__reduce__", a, k);
                return PyTuple.of(s.type(), PyTuple.of(new PyList(Ops.toArray(s))), ReduceProtocol.getState(s, false));
            };
            BuiltinNames.method(t, "__reduce__", reduce);
        }
        BuiltinNames.noArgs(PyByteArray.TYPE, "__reduce__", s -> byteArray(s, 2));
        BuiltinNames.method(PyByteArray.TYPE, "__reduce_ex__", (s, a, k) -> {
            ArgParser.noKeywords("bytearray.__reduce_ex__", k);
            ArgParser.arity("__reduce_ex__", a, 0, 1);
            return byteArray(s, a.length == 0 ? 0 : ReduceProtocol.protocol(a[0]));
        });
        BuiltinNames.noArgs(PySlice.TYPE, "__reduce__", BuiltinReduce::startStopStep);
        // CPython's range.__reduce__ is METH_VARARGS: it ignores positional arguments
        BuiltinNames.method(PyRange.TYPE, "__reduce__", (s, a, k) -> {
            ArgParser.noKeywords("range.__reduce__", k);
            return startStopStep(s);
        });
        BuiltinNames.noArgs(PyBuiltinFunction.TYPE, "__reduce__", BuiltinReduce::builtinFunction);
        BuiltinNames.noArgs(PyMethod.TYPE, "__reduce__", s -> {
            PyMethod m = (PyMethod) s;
            return PyTuple.of(builtin("getattr"), PyTuple.of(m.self, m.function.getAttr("__name__")));
        });
        BuiltinNames.noArgs(PySlotWrapper.BOUND_TYPE, "__reduce__", s -> PyTuple.of(builtin("getattr"),
                PyTuple.of(s.getAttr("__self__"), s.getAttr("__name__"))));
        BuiltinNames.noArgs(PyEllipsis.TYPE, "__reduce__", s -> PyStr.of("Ellipsis"));
        BuiltinNames.noArgs(PyNotImplemented.TYPE, "__reduce__", s -> PyStr.of("NotImplemented"));
    }

    /**
     * {@code bytearray.__reduce_ex__}: before protocol 3 the bytes travel as a latin-1 str (the
     * old protocols had no bytes type); an empty bytearray needs no arguments.
     */
    private static PyObject byteArray(PyObject s, int protocol) {
        byte[] value = ((PyBytesLike) s).toByteArray();
        PyObject args;
        if (value.length == 0) {
            args = PyTuple.EMPTY;
        } else if (protocol < 3) {
            args = PyTuple.of(PyStr.of(new String(value, StandardCharsets.ISO_8859_1)), PyStr.of("latin-1"));
        } else {
            args = PyTuple.of(new PyBytes(value));
        }
        return PyTuple.of(s.type(), args, ReduceProtocol.getState(s, false));
    }

    /** A module-level built-in reduces to its name; a bound built-in method to {@code getattr(self, name)}. */
    private static PyObject builtinFunction(PyObject s) {
        if (s instanceof PyMethodDescriptor.PyBoundBuiltin b) {
            return PyTuple.of(builtin("getattr"), PyTuple.of(b.self(), s.getAttr("__name__")));
        }
        return s.getAttr("__qualname__");
    }

    private static PyObject startStopStep(PyObject s) {
        return PyTuple.of(s.type(), PyTuple.of(s.getAttr("start"), s.getAttr("stop"), s.getAttr("step")));
    }

    private static PyObject builtin(String name) {
        return Builtins.DICT.get(PyStr.of(name));
    }
}
