package dev.terrarium.runtime;

/**
 * The methods and attributes of int, float and complex besides their operators that CPython 3.11
 * has and {@link NumberMethods} does not define: {@code __trunc__}, {@code __floor__},
 * {@code __ceil__}, {@code __round__}, {@code __getnewargs__},
 * {@code float.__getformat__}, and the {@code real}/{@code imag}
 * (and {@code numerator}/{@code denominator}) attributes as type entries.
 */
final class NumberExtras {
    private NumberExtras() {}

    static void install(PyType t) {
        if (t == PyInt.TYPE) {
            installInt(t);
        } else if (t == PyFloat.TYPE) {
            installFloat(t);
        } else {
            installComplex(t);
        }
    }

    /** {@code int.__round__(ndigits=None)} and {@code float.__round__}: the builtin round() of self. */
    private static PyObject round(PyObject s, PyObject[] a, String[] k) {
        ArgParser.noKeywords("__round__", k);
        ArgParser.arity("__round__", a, 0, 1);
        return BuiltinFunctions.round(a.length == 0 ? new PyObject[] {s} : new PyObject[] {s, a[0]}, null);
    }

    private static PyObject plain(PyObject s) {
        return PyInt.of(((PyInt) s).asBig());
    }

    private static void installInt(PyType t) {
        for (String name : new String[] {"__trunc__", "__floor__", "__ceil__"}) {
            BuiltinNames.noArgs(t, name, NumberExtras::plain);
        }
        BuiltinNames.noArgs(t, "__getnewargs__", s -> PyTuple.of(plain(s)));
        BuiltinNames.method(t, "__round__", NumberExtras::round);
        for (String name : new String[] {"real", "numerator", "imag", "denominator"}) {
            BuiltinNames.getset(t, name, s -> NumberMethods.intAttribute((PyInt) s, name));
        }
    }

    private static void installFloat(PyType t) {
        BuiltinNames.noArgs(t, "__trunc__", s -> PyInt.TYPE.call1(s));
        BuiltinNames.noArgs(t, "__floor__", s -> PyInt.TYPE.call1(new PyFloat(Math.floor(((PyFloat) s).value))));
        BuiltinNames.noArgs(t, "__ceil__", s -> PyInt.TYPE.call1(new PyFloat(Math.ceil(((PyFloat) s).value))));
        BuiltinNames.noArgs(t, "__getnewargs__", s -> PyTuple.of(new PyFloat(((PyFloat) s).value)));
        BuiltinNames.method(t, "__round__", NumberExtras::round);
        for (String name : new String[] {"real", "imag"}) {
            BuiltinNames.getset(t, name, s -> NumberMethods.floatAttribute((PyFloat) s, name));
        }
        BuiltinNames.define(t, "__getformat__", new PyClassMethod(new PyBuiltinFunction("__getformat__", (a, k) -> {
            ArgParser.noKeywords("__getformat__", k);
            ArgParser.arity("__getformat__", a, 2, 2);
            if (!(a[1] instanceof PyStr which)) {
                throw PyErrors.typeError("__getformat__() argument must be str, not %s", a[1].type().name());
            }
            if (!which.value().equals("double") && !which.value().equals("float")) {
                throw PyErrors.valueError("__getformat__() argument 1 must be 'double' or 'float'");
            }
            return PyStr.of("IEEE, little-endian");
        })));
    }

    private static void installComplex(PyType t) {
        BuiltinNames.noArgs(t, "__complex__", s -> s);
        BuiltinNames.noArgs(t, "__getnewargs__",
                s -> PyTuple.of(new PyFloat(((PyComplex) s).real), new PyFloat(((PyComplex) s).imag)));
        // from the value itself: getAttr of a complex subclass's instance would find these again
        BuiltinNames.getset(t, "real", s -> new PyFloat(((PyComplex) s).real));
        BuiltinNames.getset(t, "imag", s -> new PyFloat(((PyComplex) s).imag));
    }

}
