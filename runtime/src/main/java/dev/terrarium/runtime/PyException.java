package dev.terrarium.runtime;

/**
 * The Java throwable that carries a raised Python exception up the Java stack. The stack
 * trace captured when it is created is the raw material of the Python traceback: the
 * frames of generated classes, with their line numbers, are the Python frames.
 */
public final class PyException extends RuntimeException {
    private final PyBaseException value;

    public PyException(PyBaseException value) {
        this(value, true);
    }

    /**
     * {@code traced} false: no Java stack trace is taken, for an exception that nothing will
     * show a traceback of (see {@link Ops#raiseLeaving}).
     */
    private PyException(PyBaseException value, boolean traced) {
        super(null, null, false, traced);
        this.value = value;
        if (value.carrier == null) {
            value.carrier = this;
        }
        // Raised while handling another: that one becomes the implicit __context__.
        PyBaseException handling = ExcState.current();
        if (handling != null && handling != value && value.context == null && !createsCycle(handling, value)) {
            value.context = handling;
        }
    }

    /**
     * A carrier whose traceback is given rather than taken here, without the implicit
     * context: what CPython's RERAISE throws after {@code except*} (the exception keeps the
     * traceback it has, {@code frames}, and nothing is chained to it on the way).
     */
    PyException(PyBaseException value, StackTraceElement[] frames) {
        super(null, null, false, true);
        this.value = value;
        setStackTrace(frames);
        if (value.carrier == null) {
            value.carrier = this;
        }
    }

    /** A carrier without a traceback (the StopIteration that ends a for loop over a class's iterator). */
    static PyException untraced(PyBaseException value) {
        return new PyException(value, false);
    }

    /** Whether {@code value} already is in the context chain of {@code handling} (CPython breaks such cycles). */
    private static boolean createsCycle(PyBaseException handling, PyBaseException value) {
        for (PyBaseException c = handling.context; c != null; c = c.context) {
            if (c == value) {
                return true;
            }
        }
        return false;
    }

    /** The Python exception instance. */
    public PyBaseException value() {
        return value;
    }

    /** Whether the carried exception is an instance of {@code type}. */
    public boolean matches(PyType type) {
        return value.isInstance(type);
    }

    @Override
    public String getMessage() {
        return value.type().name() + ": " + value.str();
    }
}
