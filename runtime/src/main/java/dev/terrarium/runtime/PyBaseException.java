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

    /** Whether this exception is an instance of exception type {@code t}. */
    public boolean isInstance(PyType t) {
        return type.isSubtypeOf(t);
    }

    /** {@code str(exc)}: empty, the single argument's str, or the tuple's repr. */
    @Override
    public String str() {
        return switch (args.size()) {
            case 0 -> "";
            case 1 -> args.get(0).str();
            default -> args.repr();
        };
    }

    @Override
    public String repr() {
        if (args.size() == 1) {
            return type.name() + "(" + args.get(0).repr() + ")";
        }
        return type.name() + args.repr();
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
            default:
                return super.getAttr(name);
        }
    }

    /** The Java throwable of this exception's first raise, or null if never raised. */
    public PyException carrier() {
        return carrier;
    }
}
