package dev.terrarium.runtime;

/**
 * Built-in functions about objects and attributes: {@code id}, {@code ascii},
 * {@code callable}, {@code issubclass}, {@code getattr}, {@code hasattr},
 * {@code setattr}, {@code delattr}, and {@code sum} (compare Python/bltinmodule.c).
 */
final class ObjectBuiltins {
    private ObjectBuiltins() {}

    static PyObject id(PyObject o) {
        return PyInt.of(ObjectIds.id(o));
    }

    /** {@code ascii(o)}: repr with every non-ASCII code point escaped. */
    static PyObject ascii(PyObject o) {
        String r = Ops.repr(o);
        for (int i = 0; i < r.length(); i++) {
            if (r.charAt(i) >= 0x80) {
                return PyStr.of(escapeNonAscii(r));
            }
        }
        return PyStr.of(r);
    }

    /** The repr with non-ASCII code points as \xNN, {@code \}uNNNN or \UNNNNNNNN (backslashreplace). */
    static String escapeNonAscii(String r) {
        StringBuilder b = new StringBuilder(r.length() + 16);
        for (int i = 0; i < r.length(); ) {
            int cp = r.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                b.append((char) cp);
            } else {
                String h = Integer.toHexString(cp);
                int width = cp <= 0xff ? 2 : cp <= 0xffff ? 4 : 8;
                b.append(cp <= 0xff ? "\\x" : cp <= 0xffff ? "\\u" : "\\U").append("0".repeat(width - h.length())).append(h);
            }
        }
        return b.toString();
    }

    static boolean isCallable(PyObject o) {
        return o instanceof PyType || o instanceof PyFunction || o instanceof PyBuiltinFunction
                || o instanceof PyMethodDescriptor || o instanceof PyMethodDescriptor.PyBoundBuiltin
                || (!(o instanceof PyType) && o.type().lookup("__call__") != null);
    }

    static PyObject callable(PyObject o) {
        return PyBool.of(isCallable(o));
    }

    static PyObject issubclass(PyObject[] args, String[] kwnames) {
        ArgParser.noKeywords("issubclass", kwnames);
        ArgParser.arity("issubclass", args, 2, 2);
        return PyBool.of(isSubclass(args[0], args[1]));
    }

    private static boolean isSubclass(PyObject c, PyObject cls) {
        if (cls instanceof PyTuple t) {
            for (int i = 0; i < t.size(); i++) {
                if (isSubclass(c, t.get(i))) {
                    return true;
                }
            }
            return false;
        }
        if (!(c instanceof PyType ct)) {
            throw PyErrors.typeError("issubclass() arg 1 must be a class");
        }
        if (!(cls instanceof PyType t)) {
            throw PyErrors.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
        }
        return ct.isSubtypeOf(t);
    }

    private static String attrName(PyObject name) {
        if (name instanceof PyStr s) {
            return s.value();
        }
        throw PyErrors.typeError("attribute name must be string, not '%s'", name.type().name());
    }

    static PyObject getattr(PyObject[] args, String[] kwnames) {
        ArgParser.noKeywords("getattr", kwnames);
        ArgParser.arity("getattr", args, 2, 3);
        String name = attrName(args[1]);
        if (args.length == 2) {
            return Ops.getAttr(args[0], name);
        }
        try {
            return Ops.getAttr(args[0], name);
        } catch (PyException e) {
            if (e.matches(PyExc.AttributeError)) {
                return args[2];
            }
            throw e;
        }
    }

    static PyObject hasattr(PyObject[] args, String[] kwnames) {
        ArgParser.noKeywords("hasattr", kwnames);
        ArgParser.arity("hasattr", args, 2, 2);
        String name = attrName(args[1]);
        try {
            Ops.getAttr(args[0], name);
            return PyBool.TRUE;
        } catch (PyException e) {
            if (e.matches(PyExc.AttributeError)) {
                return PyBool.FALSE;
            }
            throw e;
        }
    }

    static PyObject setattr(PyObject[] args, String[] kwnames) {
        ArgParser.noKeywords("setattr", kwnames);
        ArgParser.arity("setattr", args, 3, 3);
        Ops.setAttr(args[0], attrName(args[1]), args[2]);
        return PyNone.INSTANCE;
    }

    /** {@code delattr(o, name)}: built-in instances have no per-object attributes to delete. */
    static PyObject delattr(PyObject[] args, String[] kwnames) {
        ArgParser.noKeywords("delattr", kwnames);
        ArgParser.arity("delattr", args, 2, 2);
        PyObject o = args[0];
        String name = attrName(args[1]);
        if (o instanceof PyType t) {
            throw PyErrors.typeError("cannot set '%s' attribute of immutable type '%s'", name, t.name());
        }
        if (o.type().lookup(name) != null) {
            throw PyErrors.attributeError("'%s' object attribute '%s' is read-only", o.type().name(), name);
        }
        throw PyErrors.attributeError("'%s' object has no attribute '%s'", o.type().name(), name);
    }

    /** {@code sum(iterable, /, start=0)}: left-to-right addition, as CPython 3.11 (no compensated float sum). */
    static PyObject sum(PyObject[] args, String[] kwnames) {
        int npos = ArgParser.positionalCount(args, kwnames);
        if (args.length > 2) {
            throw PyErrors.typeError("sum() takes at most 2 arguments (%d given)", args.length);
        }
        if (npos < 1) {
            throw PyErrors.typeError("sum() takes at least 1 positional argument (%d given)", npos);
        }
        PyObject start = npos > 1 ? args[1] : null;
        if (kwnames != null) {
            for (int k = 0; k < kwnames.length; k++) {
                if (!kwnames[k].equals("start")) {
                    throw PyErrors.typeError("'%s' is an invalid keyword argument for sum()", kwnames[k]);
                }
                if (start != null) {
                    throw PyErrors.typeError("argument for sum() given by name ('start') and position (2)");
                }
                start = args[npos + k];
            }
        }
        PyObject acc = start == null ? PyInt.of(0) : start;
        if (acc instanceof PyStr) {
            throw PyErrors.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        }
        if (acc instanceof PyBytes) {
            throw PyErrors.typeError("sum() can't sum bytes [use b''.join(seq) instead]");
        }
        if (acc instanceof PyByteArray) {
            throw PyErrors.typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
        }
        PyObject it = Ops.iter(args[0]);
        for (PyObject x = it.next(); x != null; x = it.next()) {
            acc = Ops.add(acc, x);
        }
        return acc;
    }
}
