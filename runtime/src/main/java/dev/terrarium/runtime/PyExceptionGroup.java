package dev.terrarium.runtime;

/**
 * An instance of {@code BaseExceptionGroup} or a subclass ({@code ExceptionGroup}, guest
 * classes): a message and a non-empty tuple of exceptions (compare CPython's
 * {@code PyBaseExceptionGroupObject} and {@code BaseExceptionGroup_new}). {@code args}
 * keeps the arguments as given, so the repr shows a list when a list was passed.
 */
public final class PyExceptionGroup extends PyBaseException {
    private final PyStr message;
    private final PyTuple exceptions;

    private PyExceptionGroup(PyType type, PyObject[] args, PyStr message, PyTuple exceptions) {
        super(type, args);
        this.message = message;
        this.exceptions = exceptions;
    }

    /**
     * {@code BaseExceptionGroup.__new__(type, message, exceptions)}: validates the arguments;
     * {@code BaseExceptionGroup} itself answers with an {@code ExceptionGroup} when every
     * member is an {@code Exception}.
     */
    static PyExceptionGroup create(PyType type, PyObject[] args) {
        if (args.length != 2) {
            throw PyErrors.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", args.length);
        }
        if (!(args[0] instanceof PyStr message)) {
            throw PyErrors.typeError("BaseExceptionGroup.__new__() argument 1 must be str, not %s",
                    args[0].type().name());
        }
        if (!isSequence(args[1])) {
            throw PyErrors.typeError("second argument (exceptions) must be a sequence");
        }
        PyObject[] items = Ops.toArray(args[1]);
        if (items.length == 0) {
            throw PyErrors.valueError("second argument (exceptions) must be a non-empty sequence");
        }
        boolean nestsBaseExceptions = false;
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyBaseException member)) {
                throw PyErrors.valueError("Item %d of second argument (exceptions) is not an exception", i);
            }
            if (!member.isInstance(PyExc.Exception)) {
                nestsBaseExceptions = true;
            }
        }
        PyType cls = type;
        if (cls == PyExc.ExceptionGroup) {
            if (nestsBaseExceptions) {
                throw PyErrors.typeError("Cannot nest BaseExceptions in an ExceptionGroup");
            }
        } else if (cls == PyExc.BaseExceptionGroup) {
            if (!nestsBaseExceptions) {
                cls = PyExc.ExceptionGroup;
            }
        } else if (nestsBaseExceptions && cls.isSubtypeOf(PyExc.Exception)) {
            throw PyErrors.typeError("Cannot nest BaseExceptions in '%s'", cls.name());
        }
        return new PyExceptionGroup(cls, args.clone(), message, PyTuple.of(items));
    }

    /** CPython's {@code PySequence_Check}: indexable, and not a mapping. */
    public static boolean isSequence(PyObject o) {
        if (o instanceof PyDict) {
            return false;
        }
        return o instanceof PyList || o instanceof PyTuple || o instanceof PyStr || o instanceof PyBytesLike
                || o instanceof PyRange || o.type().lookup("__getitem__") != null;
    }

    public PyStr message() {
        return message;
    }

    public PyTuple exceptions() {
        return exceptions;
    }

    /** {@code BaseExceptionGroup.__str__}: {@code "msg (N sub-exception[s])"}. */
    String groupStr() {
        int n = exceptions.size();
        return message.str() + " (" + n + " sub-exception" + (n > 1 ? "s" : "") + ")";
    }

    @Override
    public String str() {
        return type().isUserDefined() ? super.str() : groupStr();
    }

    @Override
    public PyObject getAttr(String name) {
        switch (name) {
            case "message":
                return message;
            case "exceptions":
                return exceptions;
            default:
                return super.getAttr(name);
        }
    }

    @Override
    public void setAttr(String name, PyObject value) {
        if (name.equals("message") || name.equals("exceptions")) {
            throw PyErrors.attributeError("readonly attribute");
        }
        super.setAttr(name, value);
    }

    @Override
    public void delAttr(String name) {
        if (name.equals("message") || name.equals("exceptions")) {
            throw PyErrors.attributeError("readonly attribute");
        }
        super.delAttr(name);
    }
}
