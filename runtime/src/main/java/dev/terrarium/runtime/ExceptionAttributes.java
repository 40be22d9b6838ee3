package dev.terrarium.runtime;

/**
 * The attributes of the built-in exception types as entries of their dicts (compare CPython's
 * member and getset tables in Objects/exceptions.c): {@code BaseException.args},
 * {@code __cause__}..., {@code OSError.errno}..., {@code SyntaxError.lineno}..., plus
 * {@code BaseException.__reduce__} and {@code __setstate__}. The exception objects answer
 * these names themselves; a value never set reads as CPython's default (None, or for
 * SyntaxError and ImportError.msg the part of {@code args} CPython takes it from).
 */
final class ExceptionAttributes {
    private ExceptionAttributes() {}

    static void install() {
        PyType base = PyExc.BaseException;
        for (String name : new String[] {"args", "__cause__", "__context__", "__suppress_context__", "__traceback__", "__dict__"}) {
            BuiltinNames.getset(base, name, e -> e.getAttr(name));
        }
        BuiltinNames.method(base, "__reduce__", (s, a, k) -> {
            ArgParser.noArgs("BaseException.__reduce__", a, k);
            PyObject args = s.getAttr("args");
            PyObject dict = s.getAttr("__dict__");
            return dict instanceof PyDict d && d.size() > 0 ? PyTuple.of(s.type(), args, d) : PyTuple.of(s.type(), args);
        });
        BuiltinNames.method(base, "__setstate__", (s, a, k) -> {
            ArgParser.noKeywords("BaseException.__setstate__", k);
            ArgParser.arity("BaseException.__setstate__", a, 1, 1);
            if (a[0] != PyNone.INSTANCE) {
                if (!(a[0] instanceof PyDict state)) {
                    throw PyErrors.typeError("state is not a dictionary");
                }
                for (java.util.Map.Entry<PyObject, PyObject> e : state.entries().entrySet()) {
                    if (!(e.getKey() instanceof PyStr key)) {
                        throw PyErrors.typeError("attribute name must be string, not '%s'", e.getKey().type().name());
                    }
                    Ops.setAttr(s, key.value(), e.getValue());
                }
            }
            return PyNone.INSTANCE;
        });
        for (String name : new String[] {"errno", "strerror", "filename", "filename2"}) {
            BuiltinNames.getset(PyExc.OSError, name, e -> e instanceof PyOSError ? e.getAttr(name) : own(e, name));
        }
        BuiltinNames.getset(PyExc.OSError, "characters_written", e -> {
            PyObject v = own(e, "characters_written");
            if (v == PyNone.INSTANCE) {
                throw PyErrors.attributeError("characters_written");
            }
            return v;
        });
        BuiltinNames.getset(PyExc.ImportError, "msg", e -> {
            PyObject v = ownOrNull(e, "msg");
            PyTuple args = (PyTuple) e.getAttr("args");
            return v != null ? v : args.size() == 1 ? args.get(0) : PyNone.INSTANCE;
        });
        for (String name : new String[] {"name", "path"}) {
            BuiltinNames.getset(PyExc.ImportError, name, e -> e.getAttr(name));
        }
        BuiltinNames.getset(PyExc.StopIteration, "value", e -> e.getAttr("value"));
        BuiltinNames.getset(PyExc.SystemExit, "code", e -> e.getAttr("code"));
        BuiltinNames.getset(PyExc.NameError, "name", e -> e instanceof PyNameError ? e.getAttr("name") : own(e, "name"));
        for (String name : new String[] {"name", "obj"}) {
            BuiltinNames.getset(PyExc.AttributeError, name, e -> e instanceof PyAttributeError ? e.getAttr(name) : own(e, name));
        }
        String[] syntax = {"msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"};
        for (int i = 0; i < syntax.length; i++) {
            int position = i;
            String name = syntax[i];
            BuiltinNames.getset(PyExc.SyntaxError, name, e -> syntaxErrorPart(e, name, position));
        }
        for (PyType t : new PyType[] {PyExc.UnicodeDecodeError, PyExc.UnicodeEncodeError, PyExc.UnicodeTranslateError}) {
            // the constructor's arguments: (encoding, object, start, end, reason); translate has no encoding
            String[] fields = t == PyExc.UnicodeTranslateError
                    ? new String[] {"object", "start", "end", "reason"}
                    : new String[] {"encoding", "object", "start", "end", "reason"};
            for (String name : new String[] {"encoding", "object", "start", "end", "reason"}) {
                int position = java.util.Arrays.asList(fields).indexOf(name);
                BuiltinNames.getset(t, name, e -> {
                    if (e instanceof PyUnicodeError) {
                        return e.getAttr(name);
                    }
                    PyObject v = ownOrNull(e, name);
                    PyTuple args = (PyTuple) e.getAttr("args");
                    return v != null ? v : position >= 0 && args.size() == fields.length ? args.get(position) : PyNone.INSTANCE;
                });
            }
        }
        for (String name : new String[] {"message", "exceptions"}) {
            BuiltinNames.getset(PyExc.BaseExceptionGroup, name, e -> e instanceof PyExceptionGroup ? e.getAttr(name) : own(e, name));
        }
        PyGenericAlias.installOn(PyExc.BaseExceptionGroup);
        // ExceptionGroup is a heap type in CPython: its dict holds __module__ and __weakref__
        BuiltinNames.define(PyExc.ExceptionGroup, "__module__", PyStr.of("builtins"));
        BuiltinNames.getset(PyExc.ExceptionGroup, "__weakref__", e -> PyNone.INSTANCE);
    }

    /** The value the instance dict holds for {@code name}, else None. */
    private static PyObject own(PyObject e, String name) {
        PyObject v = ownOrNull(e, name);
        return v == null ? PyNone.INSTANCE : v;
    }

    private static PyObject ownOrNull(PyObject e, String name) {
        PyObject d = e instanceof PyBaseException ? e.getAttr("__dict__") : null;
        return d instanceof PyDict dict ? dict.get(PyStr.of(name)) : null;
    }

    /**
     * SyntaxError's fields (CPython SyntaxError_init): {@code msg} is {@code args[0]}; with two
     * arguments the second is {@code (filename, lineno, offset, text[, end_lineno, end_offset])}.
     */
    private static PyObject syntaxErrorPart(PyObject e, String name, int position) {
        PyObject v = ownOrNull(e, name);
        if (v != null) {
            return v;
        }
        PyTuple args = (PyTuple) e.getAttr("args");
        if (position == 0) {
            return args.size() >= 1 ? args.get(0) : PyNone.INSTANCE;
        }
        if (position <= 6 && args.size() == 2 && args.get(1) instanceof PyTuple info && position - 1 < info.size()) {
            return info.get(position - 1);
        }
        return PyNone.INSTANCE;
    }
}
