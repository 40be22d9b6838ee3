package dev.terrarium.runtime;

import dev.terrarium.runtime.external.Op;
import dev.terrarium.runtime.external.Reply;
import dev.terrarium.runtime.external.Request;
import java.util.List;

/**
 * {@code os.environ}: the guest's environment as a mutable mapping of str to str, filled once
 * from the controller ({@link Op#ENVIRON}) when {@code os} is first imported. Compare CPython's
 * {@code os._Environ}: keys and values must be str ({@code TypeError: str expected, not int}),
 * and pass {@code os.putenv}'s checks (no '=' in a name: {@code ValueError: illegal environment
 * variable name}; no NUL; an empty name is EINVAL); its repr is {@code environ({...})}. A change stays in this copy: the
 * guest has no process environment to change and no child process to pass it on to.
 * Reading methods are dict's, applied to the copy; {@code keys()}, {@code items()} and
 * {@code values()} return dict views (CPython returns {@code KeysView(environ)} and so on).
 */
final class PyEnviron extends PyObject {
    static final PyType TYPE = PyType.builtin("_Environ", PyType.OBJECT, null);

    private final PyDict data = new PyDict();

    static {
        def("get", (s, a, k) -> {
            ArgParser.noKeywords("get", k);
            ArgParser.arity("get", a, 1, 2);
            PyObject v = ((PyEnviron) s).data.get(key(a[0]));
            return v != null ? v : a.length > 1 ? a[1] : PyNone.INSTANCE;
        });
        for (String name : new String[] {"keys", "items", "values", "copy", "__len__"}) {
            def(name, (s, a, k) -> Ops.getAttr(((PyEnviron) s).data, name).call(a, k));
        }
        def("__getitem__", (s, a, k) -> {
            ArgParser.noKeywords("__getitem__", k);
            ArgParser.arity("__getitem__", a, 1, 1);
            return s.getItem(a[0]);
        });
        def("__contains__", (s, a, k) -> {
            ArgParser.noKeywords("__contains__", k);
            ArgParser.arity("__contains__", a, 1, 1);
            return PyBool.of(s.contains(a[0]));
        });
        def("__iter__", (s, a, k) -> s.iter());
        def("__setitem__", (s, a, k) -> {
            ArgParser.noKeywords("__setitem__", k);
            ArgParser.arity("__setitem__", a, 2, 2);
            s.setItem(a[0], a[1]);
            return PyNone.INSTANCE;
        });
        def("__delitem__", (s, a, k) -> {
            ArgParser.noKeywords("__delitem__", k);
            ArgParser.arity("__delitem__", a, 1, 1);
            s.delItem(a[0]);
            return PyNone.INSTANCE;
        });
        def("setdefault", (s, a, k) -> {
            ArgParser.noKeywords("setdefault", k);
            ArgParser.arity("setdefault", a, 2, 2);
            PyEnviron env = (PyEnviron) s;
            PyObject v = env.data.get(key(a[0]));
            if (v != null) {
                return v;
            }
            env.setItem(a[0], a[1]);
            return a[1];
        });
        def("pop", (s, a, k) -> {
            ArgParser.noKeywords("pop", k);
            ArgParser.arity("pop", a, 1, 2);
            PyEnviron env = (PyEnviron) s;
            PyObject v = env.data.remove(key(a[0]));
            if (v != null) {
                return v;
            }
            if (a.length > 1) {
                return a[1];
            }
            throw PyErrors.keyError(a[0]);
        });
        def("popitem", (s, a, k) -> {
            ArgParser.noArgs("popitem", a, k);
            PyEnviron env = (PyEnviron) s;
            PyObject last = null;
            for (PyObject name : env.data.entries().keySet()) {
                last = name;
            }
            if (last == null) {
                throw PyErrors.keyError(PyStr.of("popitem(): dictionary is empty"));
            }
            return PyTuple.of(last, env.data.remove(last));
        });
        def("clear", (s, a, k) -> {
            ArgParser.noArgs("clear", a, k);
            PyEnviron env = (PyEnviron) s;
            for (PyObject name : List.copyOf(env.data.entries().keySet())) {
                env.data.remove(name);
            }
            return PyNone.INSTANCE;
        });
        def("update", (s, a, k) -> {
            PyEnviron env = (PyEnviron) s;
            int npos = ArgParser.positionalCount(a, k);
            if (npos > 1) {
                throw PyErrors.typeError("update expected at most 1 argument, got %d", npos);
            }
            if (npos == 1) {
                env.updateFrom(a[0]);
            }
            for (int i = 0; k != null && i < k.length; i++) {
                env.setItem(PyStr.of(k[i]), a[npos + i]);
            }
            return PyNone.INSTANCE;
        });
    }

    private static void def(String name, PyMethodDescriptor.Body body) {
        TYPE.define(name, new PyMethodDescriptor(TYPE, name, body));
    }

    /** The environment the controller gives, asked for once per {@code os} module. */
    static PyEnviron fromController() {
        PyEnviron env = new PyEnviron();
        Reply r = GuestIO.door().call(Request.of(Op.ENVIRON));
        if (r.isOk() && !r.values().isEmpty() && r.values().get(0) instanceof List<?> entries) {
            for (int i = 0; i + 1 < entries.size(); i += 2) {
                env.data.put(PyStr.of(String.valueOf(entries.get(i))), PyStr.of(String.valueOf(entries.get(i + 1))));
            }
        }
        return env;
    }

    /** {@code update()} and {@code |=}: from a mapping (anything with keys()) or pairs, each checked. */
    private void updateFrom(PyObject source) {
        PyDict pairs = new PyDict();
        if (source instanceof PyDict d) {
            pairs = d;
        } else if (source instanceof PyEnviron e) {
            pairs = e.data;
        } else if (hasKeys(source)) {
            PyObject keys = Ops.iter(Ops.getAttr(source, "keys").call0());
            for (PyObject name = keys.next(); name != null; name = keys.next()) {
                pairs.put(name, Ops.getItem(source, name));
            }
        } else {
            DictMethods.update(pairs, source);
        }
        for (var e : List.copyOf(pairs.entries().entrySet())) {
            setItem(e.getKey(), e.getValue());
        }
    }

    private static boolean hasKeys(PyObject source) {
        try {
            Ops.getAttr(source, "keys");
            return true;
        } catch (PyException e) {
            if (e.matches(PyExc.AttributeError)) {
                return false;
            }
            throw e;
        }
    }

    /** CPython's {@code encodekey}/{@code encodevalue}: only str. */
    private static PyStr key(PyObject value) {
        if (value instanceof PyStr s) {
            return s;
        }
        throw PyErrors.typeError("str expected, not %s", value.type().name());
    }

    /** {@code environ[name] = value}: str only, then the checks of CPython's {@code os.putenv}, which it calls. */
    static void checkPutenv(PyObject name, PyObject value) {
        checkPutenv(key(name).value(), key(value).value());
    }

    /** CPython's {@code os.putenv} (posixmodule.c): NUL, then '=', then what setenv(3) refuses (an empty name). */
    static void checkPutenv(String name, String value) {
        if (name.indexOf('\0') >= 0 || value.indexOf('\0') >= 0) {
            throw PyErrors.valueError("embedded null byte");
        }
        if (name.indexOf('=') >= 0) {
            throw PyErrors.valueError("illegal environment variable name");
        }
        if (name.isEmpty()) {
            throw PyErrors.osError(22, null);
        }
    }

    /** CPython's {@code os.unsetenv}: NUL, then what unsetenv(3) refuses (empty, or with '='). */
    static void checkUnsetenv(String name) {
        if (name.indexOf('\0') >= 0) {
            throw PyErrors.valueError("embedded null byte");
        }
        if (name.isEmpty() || name.indexOf('=') >= 0) {
            throw PyErrors.osError(22, null);
        }
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public boolean hasGenericAttributes() {
        return false;
    }

    @Override
    public String repr() {
        return "environ(" + data.repr() + ")";
    }

    @Override
    public long len() {
        return data.size();
    }

    @Override
    public PyObject iter() {
        // CPython iterates over a snapshot of the names, so the loop body may change environ.
        return new PyList(data.entries().keySet().toArray(new PyObject[0])).iter();
    }

    @Override
    public PyObject getItem(PyObject name) {
        PyObject v = data.get(key(name));
        if (v == null) {
            throw PyErrors.keyError(name);
        }
        return v;
    }

    @Override
    public void setItem(PyObject name, PyObject value) {
        checkPutenv(name, value);
        data.put(name, value);
    }

    @Override
    public void delItem(PyObject name) {
        if (data.remove(key(name)) == null) {
            throw PyErrors.keyError(name);
        }
    }

    @Override
    public boolean contains(PyObject name) {
        return data.get(key(name)) != null;
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        return data.richCompare(other instanceof PyEnviron e ? e.data : other, op);
    }

    @Override
    public PyObject or(PyObject other) {
        if (!(other instanceof PyDict) && !(other instanceof PyEnviron)) {
            return PyNotImplemented.INSTANCE;
        }
        PyDict merged = new PyDict();
        DictMethods.update(merged, data);
        DictMethods.update(merged, other instanceof PyEnviron e ? e.data : other);
        return merged;
    }

    @Override
    public PyObject ror(PyObject other) {
        if (!(other instanceof PyDict)) {
            return PyNotImplemented.INSTANCE;
        }
        PyDict merged = new PyDict();
        DictMethods.update(merged, other);
        DictMethods.update(merged, data);
        return merged;
    }
}
