package dev.terrarium.runtime;

/**
 * The methods of {@code BaseExceptionGroup}: {@code __str__}, {@code split},
 * {@code subgroup} and {@code derive} (compare CPython's {@code BaseExceptionGroup_methods}),
 * and {@code BaseException.add_note}.
 */
final class ExceptionGroupMethods {
    private ExceptionGroupMethods() {}

    private static void def(PyType t, String name, PyMethodDescriptor.Body body) {
        t.define(name, new PyMethodDescriptor(t, name, body));
    }

    static void install(PyType t) {
        // BaseExceptionGroup_init: BaseException's, with the type's own name in the keyword error.
        def(t, "__init__", (s, a, k) -> {
            ArgParser.noKeywords(s.type().name(), k);
            ((PyBaseException) s).setArgs(a);
            return PyNone.INSTANCE;
        });
        def(t, "__str__", (s, a, k) -> PyStr.of(group(s).groupStr()));
        def(t, "split", (s, a, k) -> {
            PyObject condition = oneArgument("split", a, k);
            ExceptionGroupSplit.Result r = ExceptionGroupSplit.split(group(s), ExceptionGroupSplit.matcher(condition), true);
            return PyTuple.of(noneIfNull(r.match()), noneIfNull(r.rest()));
        });
        def(t, "subgroup", (s, a, k) -> {
            PyObject condition = oneArgument("subgroup", a, k);
            return noneIfNull(ExceptionGroupSplit.split(group(s), ExceptionGroupSplit.matcher(condition), false).match());
        });
        def(t, "derive", (s, a, k) -> {
            ArgParser.noKeywords("BaseExceptionGroup.derive", k);
            if (a.length != 1) {
                throw PyErrors.typeError("function takes exactly 1 argument (%d given)", a.length);
            }
            return PyExc.BaseExceptionGroup.call(new PyObject[] {group(s).message(), a[0]}, null);
        });
    }

    /** {@code BaseException.add_note(note)}: appends to {@code __notes__}, creating the list. */
    static void installAddNote(PyType baseException) {
        def(baseException, "add_note", (s, a, k) -> {
            ArgParser.noKeywords("BaseException.add_note", k);
            if (a.length != 1) {
                throw PyErrors.typeError("BaseException.add_note() takes exactly one argument (%d given)", a.length);
            }
            if (!(a[0] instanceof PyStr)) {
                throw PyErrors.typeError("note must be a str, not '%s'", a[0].type().name());
            }
            PyBaseException e = (PyBaseException) s;
            PyObject notes = ExceptionGroupSplit.notesOf(e);
            if (notes == null) {
                notes = new PyList();
                e.setAttr("__notes__", notes);
                notes = Ops.getAttr(e, "__notes__");
            }
            if (!(notes instanceof PyList list)) {
                throw PyErrors.typeError("Cannot add note: __notes__ is not a list");
            }
            list.append(a[0]);
            return PyNone.INSTANCE;
        });
    }

    private static PyExceptionGroup group(PyObject self) {
        return (PyExceptionGroup) self;
    }

    /** METH_VARARGS with one argument, as CPython's {@code PyArg_UnpackTuple(args, name, 1, 1)}. */
    private static PyObject oneArgument(String name, PyObject[] args, String[] kwnames) {
        ArgParser.noKeywords("BaseExceptionGroup." + name, kwnames);
        if (args.length != 1) {
            throw PyErrors.typeError("%s expected 1 argument, got %d", name, args.length);
        }
        return args[0];
    }

    private static PyObject noneIfNull(PyObject o) {
        return o == null ? PyNone.INSTANCE : o;
    }
}
