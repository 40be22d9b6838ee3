package dev.terrarium.runtime;

import java.util.Map;

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
            return state(s);
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

    /**
     * {@code object.__getstate__()} of CPython 3.11: the instance dict if it has entries, else None;
     * paired with a dict of the {@code __slots__} that have values when there are any.
     */
    private static PyObject state(PyObject s) {
        PyObject state = PyNone.INSTANCE;
        if (s instanceof PyInstance i) {
            PyDict d = i.visibleDict();
            if (d != null && d.size() > 0) {
                state = d;
            }
            PyDict slots = new PyDict();
            for (PyType t : s.type().mro()) {
                for (Map.Entry<PyObject, PyObject> e : t.namespaceCopy().entries().entrySet()) {
                    if (e.getValue() instanceof PyMemberDescriptor m && slots.get(e.getKey()) == null) {
                        try {
                            slots.put(e.getKey(), m.bindTo(s));
                        } catch (PyException unset) {
                            if (!unset.matches(PyExc.AttributeError)) {
                                throw unset;
                            }
                        }
                    }
                }
            }
            if (slots.size() > 0) {
                state = PyTuple.of(state, slots);
            }
        } else if (s instanceof PyBaseException e) {
            PyObject d = e.getAttr("__dict__");
            if (d instanceof PyDict dict && dict.size() > 0) {
                state = dict;
            }
        }
        return state;
    }
}
