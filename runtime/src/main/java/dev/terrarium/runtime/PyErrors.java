package dev.terrarium.runtime;

/**
 * Factories for raising built-in exceptions from Java: {@code throw PyErrors.typeError(...)}.
 * Messages are CPython's, word for word, printf-style.
 */
public final class PyErrors {
    private PyErrors() {}

    /** A raisable {@code type(message)}. */
    public static PyException of(PyType type, String message) {
        return new PyException(PyExc.create(type, PyStr.of(message)));
    }

    private static PyException format(PyType type, String format, Object... args) {
        return of(type, args.length == 0 ? format : String.format(java.util.Locale.ROOT, format, args));
    }

    public static PyException typeError(String format, Object... args) {
        return format(PyExc.TypeError, format, args);
    }

    public static PyException valueError(String format, Object... args) {
        return format(PyExc.ValueError, format, args);
    }

    public static PyException attributeError(String format, Object... args) {
        return format(PyExc.AttributeError, format, args);
    }

    /** {@code 'T' object has no attribute 'name'}, remembering the object for suggestions. */
    public static PyException noAttribute(PyObject obj, String name) {
        String message = obj instanceof PyType t
                ? String.format(java.util.Locale.ROOT, "type object '%s' has no attribute '%s'", t.name(), name)
                : String.format(java.util.Locale.ROOT, "'%s' object has no attribute '%s'", obj.type().name(), name);
        return new PyException(new PyAttributeError(message, obj, name));
    }

    public static PyException nameError(String name) {
        return nameError(name, null);
    }

    /** A NameError for a name not found in {@code globals} (nor builtins). */
    public static PyException nameError(String name, PyDict globals) {
        return new PyException(new PyNameError(name, globals));
    }

    public static PyException unboundLocal(String name) {
        return of(PyExc.UnboundLocalError,
                "cannot access local variable '" + name + "' where it is not associated with a value");
    }

    public static PyException indexError(String format, Object... args) {
        return format(PyExc.IndexError, format, args);
    }

    public static PyException keyError(PyObject key) {
        return new PyException(PyExc.create(PyExc.KeyError, key));
    }

    public static PyException zeroDivision(String message) {
        return of(PyExc.ZeroDivisionError, message);
    }

    public static PyException overflowError(String format, Object... args) {
        return format(PyExc.OverflowError, format, args);
    }

    public static PyException memoryError() {
        return new PyException(PyExc.create(PyExc.MemoryError));
    }

    public static PyException recursionError() {
        return of(PyExc.RecursionError, "maximum recursion depth exceeded");
    }

    public static PyException runtimeError(String format, Object... args) {
        return format(PyExc.RuntimeError, format, args);
    }

    /** The OSError subclass CPython picks for {@code errno}, as {@code [Errno n] strerror: 'filename'}. */
    /** Linux EINTR: a controller reply that means "interrupted" (see {@link #osError}). */
    private static final int EINTR = 4;

    public static PyException osError(int errno, String filename) {
        if (errno == EINTR) {
            // The controller cut a wait short because the run was interrupted (Ctrl-C):
            // CPython's PyErr_CheckSignals raises KeyboardInterrupt for the EINTR.
            return new PyException(PyExc.create(PyExc.KeyboardInterrupt));
        }
        return new PyException(OsErrors.create(errno, filename));
    }
}
