package dev.terrarium.runtime;

/**
 * Built-in functions about objects and attributes: {@code id}, {@code callable},
 * {@code getattr}, {@code hasattr}, {@code setattr}, {@code delattr}, and {@code sum}
 * (compare Python/bltinmodule.c).
 */
final class ObjectBuiltins {
    private ObjectBuiltins() {}

    static PyObject id(PyObject o) {
        return PyInt.of(ObjectIds.id(o));
    }

    static boolean isCallable(PyObject o) {
        return o instanceof PyType || o instanceof PyFunction || o instanceof PyBuiltinFunction
                || o instanceof PyMethodDescriptor || o instanceof PyMethodDescriptor.PyBoundBuiltin
                || o instanceof PyMethod || o instanceof PyStaticMethod || o instanceof PySlotWrapper
                || o instanceof PySlotWrapper.Bound
                || (!(o instanceof PyType) && o.type().lookup("__call__") != null);
    }

    static PyObject callable(PyObject o) {
        return PyBool.of(isCallable(o));
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

    static PyObject delattr(PyObject[] args, String[] kwnames) {
        ArgParser.noKeywords("delattr", kwnames);
        ArgParser.arity("delattr", args, 2, 2);
        Ops.delAttr(args[0], attrName(args[1]));
        return PyNone.INSTANCE;
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
