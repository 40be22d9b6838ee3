package dev.terrarium.runtime;

/**
 * A Python exception instance ({@code BaseException} and its subclasses). It is a plain
 * Python value; raising it wraps it in a Java {@link PyException}, which carries it up
 * the Java stack.
 */
public class PyBaseException extends PyObject {
    private final PyType type;
    private PyTuple args;
    /** Set when raised through {@code raise ... from ...}, or implicitly (context). */
    public PyBaseException cause;
    public PyBaseException context;
    public boolean suppressContext;
    /**
     * {@link CallDepth#depth()} where an except clause last caught this exception, or -1: the
     * traceback of a handled exception stops at the frame that handled it.
     */
    public int handledAtDepth = -1;
    /** The Java throwable that carried this exception the first time it was raised. */
    PyException carrier;
    /** Attributes set on the exception (CPython exceptions have a {@code __dict__}); created on first use. */
    private PyDict dict;

    public PyBaseException(PyType type, PyObject... args) {
        this.type = type;
        this.args = PyTuple.of(args);
    }

    @Override
    public PyType type() {
        return type;
    }

    public PyTuple args() {
        return args;
    }

    /** {@code BaseException.__init__}: replaces args. */
    void setArgs(PyObject[] newArgs) {
        this.args = PyTuple.of(newArgs);
    }

    PyDict instanceDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    /** Whether this exception is an instance of exception type {@code t}. */
    public boolean isInstance(PyType t) {
        return type.isSubtypeOf(t);
    }

    /** {@code str(exc)}: a class's own {@code __str__}, else {@link #defaultStr()}. */
    @Override
    public String str() {
        if (type.isUserDefined()) {
            return Special.strResult(Special.call0(this, "__str__"), "__str__");
        }
        return defaultStr();
    }

    /** {@code BaseException.__str__}: empty, the single argument's str, or the tuple's repr. */
    public String defaultStr() {
        if (args.size() == 2 && type.isSubtypeOf(PyExc.SyntaxError) && args.get(1) instanceof PyTuple where
                && where.size() >= 2 && where.get(0) instanceof PyStr file && where.get(1) instanceof PyInt line) {
            // CPython's SyntaxError_str: "msg (file's base name, line N)".
            String name = file.value().substring(file.value().lastIndexOf('/') + 1);
            return args.get(0).str() + " (" + name + ", line " + line.str() + ")";
        }
        return switch (args.size()) {
            case 0 -> "";
            case 1 -> args.get(0).str();
            default -> args.repr();
        };
    }

    @Override
    public String repr() {
        if (type.isUserDefined()) {
            return Special.strResult(Special.call0(this, "__repr__"), "__repr__");
        }
        return defaultRepr();
    }

    /** {@code BaseException.__repr__}: {@code Name(args...)}. */
    public String defaultRepr() {
        if (args.size() == 1) {
            return type.name() + "(" + args.get(0).repr() + ")";
        }
        return type.name() + args.repr();
    }

    @Override
    public boolean hasGenericAttributes() {
        return false;
    }

    @Override
    public PyObject getAttr(String name) {
        switch (name) {
            case "args":
                return args;
            case "__cause__":
                return cause == null ? PyNone.INSTANCE : cause;
            case "__context__":
                return context == null ? PyNone.INSTANCE : context;
            case "__suppress_context__":
                return PyBool.of(suppressContext);
            case "__traceback__":
                return PyNone.INSTANCE;
            case "__class__":
                return type;
            case "__dict__":
                return instanceDict();
            default:
                break;
        }
        // ImportError.msg: the only argument (CPython's ImportError_init), unless assigned.
        if (name.equals("msg") && isInstance(PyExc.ImportError)) {
            PyObject own = dict == null ? null : dict.get(PyStr.of(name));
            return own != null ? own : args.size() == 1 ? args.get(0) : PyNone.INSTANCE;
        }
        // ImportError.name and .path, AttributeError.name and .obj, NameError.name: set by
        // the raising code or by keywords, else None.
        if ((name.equals("name") || name.equals("path")) && isInstance(PyExc.ImportError)
                || (name.equals("name") || name.equals("obj")) && isInstance(PyExc.AttributeError)
                || name.equals("name") && isInstance(PyExc.NameError)) {
            PyObject own = dict == null ? null : dict.get(PyStr.of(name));
            return own != null ? own : PyNone.INSTANCE;
        }
        // StopIteration.value and SystemExit.code: the first argument, else None (SystemExit
        // with several arguments: all of them).
        if ((name.equals("value") && isInstance(PyExc.StopIteration)) || (name.equals("code") && isInstance(PyExc.SystemExit))) {
            PyObject own = dict == null ? null : dict.get(PyStr.of(name));
            if (own != null) {
                return own;
            }
            if (name.equals("code") && args.size() > 1) {
                return args;
            }
            return args.size() > 0 ? args.get(0) : PyNone.INSTANCE;
        }
        if (isInstance(PyExc.SyntaxError)) {
            int field = SYNTAX_ERROR_DETAILS.indexOf(name);
            if (field >= 0 || name.equals("msg") || name.equals("print_file_and_line")) {
                PyObject own = dict == null ? null : dict.get(PyStr.of(name));
                if (own != null) {
                    return own;
                }
                // CPython's SyntaxError_init: msg is the first argument; the others come from a
                // second argument (filename, lineno, offset, text[, end_lineno, end_offset]).
                if (name.equals("msg")) {
                    return args.size() > 0 ? args.get(0) : PyNone.INSTANCE;
                }
                if (field >= 0 && args.size() == 2 && args.get(1) instanceof PyTuple info && field < info.size()) {
                    return info.get(field);
                }
                return PyNone.INSTANCE;
            }
        }
        switch (name) {
            default:
                return InstanceAttributes.getWithFallback(this, dict, name);
        }
    }

    /** The attributes a SyntaxError takes from its second argument, in order. */
    private static final java.util.List<String> SYNTAX_ERROR_DETAILS =
            java.util.List.of("filename", "lineno", "offset", "text", "end_lineno", "end_offset");

    @Override
    public void setAttr(String name, PyObject value) {
        switch (name) {
            case "args" -> args = PyTuple.of(Ops.toArray(value));
            case "__cause__" -> {
                if (value != PyNone.INSTANCE && !(value instanceof PyBaseException)) {
                    throw PyErrors.typeError("exception cause must be None or derive from BaseException");
                }
                cause = value == PyNone.INSTANCE ? null : (PyBaseException) value;
                suppressContext = true;
            }
            case "__context__" -> {
                if (value != PyNone.INSTANCE && !(value instanceof PyBaseException)) {
                    throw PyErrors.typeError("exception context must be None or derive from BaseException");
                }
                context = value == PyNone.INSTANCE ? null : (PyBaseException) value;
            }
            case "__suppress_context__" -> {
                if (!(value instanceof PyBool)) {
                    throw PyErrors.typeError("attribute value type must be bool");
                }
                suppressContext = value == PyBool.TRUE;
            }
            default -> {
                PyObject setattr = type.isUserDefined() ? type.lookup("__setattr__") : null;
                if (setattr instanceof PyFunction) {
                    Special.callWithSelf(setattr, this, new PyObject[] {PyStr.of(name), value}, null);
                } else {
                    InstanceAttributes.set(this, instanceDict(), name, value);
                }
            }
        }
    }

    @Override
    public void delAttr(String name) {
        InstanceAttributes.delete(this, instanceDict(), name);
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (type.isUserDefined()) {
            PyObject r = Special.call1(this, switch (op) {
                case LT -> "__lt__";
                case LE -> "__le__";
                case EQ -> "__eq__";
                case NE -> "__ne__";
                case GT -> "__gt__";
                case GE -> "__ge__";
            }, other);
            return r == null ? PyNotImplemented.INSTANCE : r;
        }
        return super.richCompare(other, op);
    }

    /**
     * Gives this exception {@code other}'s traceback, if it has one (CPython's
     * {@code PyException_SetTraceback(this, other.__traceback__)}): a carrier with the same
     * frames, cut at the same handling frame.
     */
    void copyTracebackFrom(PyBaseException other) {
        if (other.carrier != null) {
            carrier = new PyException(this, other.carrier.getStackTrace());
            handledAtDepth = other.handledAtDepth;
        }
    }

    /** The Java throwable of this exception's first raise, or null if never raised. */
    public PyException carrier() {
        return carrier;
    }
}
