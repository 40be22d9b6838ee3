package dev.terrarium.runtime;

/**
 * The methods and attributes of {@code object} that {@link ObjectMethods} does not define:
 * {@code __class__}, {@code __format__}, the order comparisons (which give NotImplemented),
 * {@code __dir__}, {@code __sizeof__}, {@code __getstate__} and {@code __subclasshook__}
 * (compare CPython's {@code object_methods} and {@code object_getsets}). Also the
 * {@code __format__} methods of the built-in values whose formatting is their own.
 */
final class ObjectProtocol {
    private ObjectProtocol() {}

    static void install(PyType object) {
        BuiltinNames.getset(object, "__class__", PyObject::type);
        BuiltinNames.method(object, "__format__", (s, a, k) -> PyStr.of(Formatter.formatObject(s, specArgument(a, k))));
        for (String name : new String[] {"__lt__", "__le__", "__gt__", "__ge__"}) {
            BuiltinNames.define(object, name, PySlotWrapper.exact(object, name, 1, (s, a, k) -> PyNotImplemented.INSTANCE));
        }
        BuiltinNames.method(object, "__dir__", (s, a, k) -> {
            ArgParser.noArgs("object.__dir__", a, k);
            return new PyList(names(s));
        });
        BuiltinNames.method(object, "__sizeof__", (s, a, k) -> {
            ArgParser.noArgs("object.__sizeof__", a, k);
            return PyInt.of(SizeOf.of(s));
        });
        BuiltinNames.method(object, "__getstate__", (s, a, k) -> {
            ArgParser.noArgs("object.__getstate__", a, k);
            return ReduceProtocol.defaultState(s);
        });
        BuiltinNames.define(object, "__subclasshook__", new PyClassMethod(new PyBuiltinFunction("__subclasshook__",
                (a, k) -> PyNotImplemented.INSTANCE)));
        for (PyType t : new PyType[] {PyInt.TYPE, PyFloat.TYPE, PyComplex.TYPE, PyStr.TYPE}) {
            BuiltinNames.method(t, "__format__", (s, a, k) -> PyStr.of(s.format(specArgument(a, k))));
        }
    }

    private static String specArgument(PyObject[] a, String[] k) {
        ArgParser.noKeywords("__format__", k);
        ArgParser.arity("__format__", a, 1, 1);
        if (a[0] instanceof PyStr spec) {
            return spec.value();
        }
        throw PyErrors.typeError("__format__() argument must be str, not %s", a[0].type().name());
    }

    private static PyObject[] names(PyObject s) {
        java.util.List<String> names = s.attributeNames();
        PyObject[] out = new PyObject[names.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = PyStr.of(names.get(i));
        }
        return out;
    }
}
