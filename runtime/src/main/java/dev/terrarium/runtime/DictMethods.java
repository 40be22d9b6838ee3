package dev.terrarium.runtime;

/** {@code dict(...)} and the methods of {@code dict}. */
final class DictMethods {
    private DictMethods() {}

    private static void def(PyType t, String name, PyMethodDescriptor.Body body) {
        t.define(name, new PyMethodDescriptor(t, name, body));
    }

    static PyObject construct(PyType type, PyObject[] args, String[] kwnames) {
        int npos = ArgParser.positionalCount(args, kwnames);
        if (npos > 1) {
            throw PyErrors.typeError("dict expected at most 1 argument, got %d", npos);
        }
        PyDict d = new PyDict();
        if (npos == 1) {
            update(d, args[0]);
        }
        if (kwnames != null) {
            for (int i = 0; i < kwnames.length; i++) {
                d.put(PyStr.of(kwnames[i]), args[npos + i]);
            }
        }
        return d;
    }

    /**
     * CPython's {@code dict_update_arg}: a dict, else any object with a {@code keys}
     * attribute (merged through {@code keys()} and {@code []}), else an iterable of pairs.
     */
    static void update(PyDict d, PyObject source) {
        // CPython dict_merge: a dict's storage, unless its class overrides __iter__; then, as for
        // any mapping (an object with keys()), its keys() and its __getitem__
        if (source instanceof PyDict other && !DerivedSlots.overridesIter(source)) {
            for (var e : other.entries().entrySet()) {
                d.put(e.getKey(), e.getValue());
            }
            return;
        }
        if (source.type().lookup("keys") != null) {
            PyObject keys = Ops.iter(Ops.getAttr(source, "keys").call(PyObject.NO_ARGS, null));
            for (PyObject key = keys.next(); key != null; key = keys.next()) {
                d.put(key, Ops.getItem(source, key));
            }
            return;
        }
        PyObject it = Ops.iter(source);
        int i = 0;
        for (PyObject item = it.next(); item != null; item = it.next(), i++) {
            PyObject[] pair;
            try {
                pair = Ops.toArray(item);
            } catch (PyException e) {
                if (e.matches(PyExc.TypeError)) {
                    throw PyErrors.typeError("cannot convert dictionary update sequence element #%d to a sequence", i);
                }
                throw e;
            }
            if (pair.length != 2) {
                throw PyErrors.valueError("dictionary update sequence element #%d has length %d; 2 is required", i, pair.length);
            }
            d.put(pair[0], pair[1]);
        }
    }

    static void install(PyType t) {
        def(t, "popitem", (s, a, k) -> {
            ArgParser.noArgs("dict.popitem", a, k);
            PyDict d = (PyDict) s;
            if (d.size() == 0) {
                throw PyErrors.keyError(PyStr.of("popitem(): dictionary is empty"));
            }
            PyObject last = d.keyAt(d.previousEntry(Integer.MAX_VALUE));
            PyObject value = d.remove(last);
            return PyTuple.of(last, value);
        });
        t.define("fromkeys", new PyClassMethod(new PyBuiltinFunction("fromkeys", (a, k) -> {
            ArgParser.noKeywords("fromkeys", k);
            // a[0] is the class the method was looked up on.
            PyObject[] rest = java.util.Arrays.copyOfRange(a, 1, a.length);
            ArgParser.arity("fromkeys", rest, 1, 2);
            PyType cls = (PyType) a[0];
            PyObject d = cls == PyDict.TYPE ? new PyDict() : cls.call(PyObject.NO_ARGS, null);
            PyObject value = rest.length == 2 ? rest[1] : PyNone.INSTANCE;
            PyObject it = Ops.iter(rest[0]);
            for (PyObject key = it.next(); key != null; key = it.next()) {
                if (d.type() == PyDict.TYPE) {
                    ((PyDict) d).put(key, value);
                } else {
                    Ops.setItem(d, key, value);
                }
            }
            return d;
        })));
        def(t, "get", (s, a, k) -> {
            ArgParser.noKeywords("get", k);
            ArgParser.arity("get", a, 1, 2);
            PyObject v = ((PyDict) s).get(a[0]);
            return v != null ? v : a.length == 2 ? a[1] : PyNone.INSTANCE;
        });
        def(t, "keys", (s, a, k) -> {
            ArgParser.noArgs(t.name() + ".keys", a, k);
            return new PyDictView((PyDict) s, PyDictIterator.Kind.KEYS);
        });
        def(t, "values", (s, a, k) -> {
            ArgParser.noArgs(t.name() + ".values", a, k);
            return new PyDictView((PyDict) s, PyDictIterator.Kind.VALUES);
        });
        def(t, "items", (s, a, k) -> {
            ArgParser.noArgs(t.name() + ".items", a, k);
            return new PyDictView((PyDict) s, PyDictIterator.Kind.ITEMS);
        });
        def(t, "pop", (s, a, k) -> {
            ArgParser.noKeywords("pop", k);
            ArgParser.arity("pop", a, 1, 2);
            PyObject v = ((PyDict) s).remove(a[0]);
            if (v != null) {
                return v;
            }
            if (a.length == 2) {
                return a[1];
            }
            throw PyErrors.keyError(a[0]);
        });
        def(t, "setdefault", (s, a, k) -> {
            ArgParser.noKeywords("setdefault", k);
            ArgParser.arity("setdefault", a, 1, 2);
            PyDict d = (PyDict) s;
            PyObject v = d.get(a[0]);
            if (v == null) {
                v = a.length == 2 ? a[1] : PyNone.INSTANCE;
                d.put(a[0], v);
            }
            return v;
        });
        def(t, "update", (s, a, k) -> {
            PyDict d = (PyDict) s;
            int npos = ArgParser.positionalCount(a, k);
            if (npos > 1) {
                throw PyErrors.typeError("update expected at most 1 argument, got %d", npos);
            }
            if (npos == 1) {
                update(d, a[0]);
            }
            if (k != null) {
                for (int i = 0; i < k.length; i++) {
                    d.put(PyStr.of(k[i]), a[npos + i]);
                }
            }
            return PyNone.INSTANCE;
        });
        def(t, "copy", (s, a, k) -> {
            ArgParser.noArgs(t.name() + ".copy", a, k);
            PyDict r = new PyDict();
            r.copyFrom((PyDict) s);
            return r;
        });
        def(t, "clear", (s, a, k) -> {
            ArgParser.noArgs(t.name() + ".clear", a, k);
            PyDict d = (PyDict) s;
            d.clear();
            return PyNone.INSTANCE;
        });
    }
}
