package dev.terrarium.runtime;

/**
 * A NameError raised by a failed name lookup. It remembers the name and the module
 * namespace it was looked up in, so the traceback can offer CPython's
 * "Did you mean: ...?" suggestion.
 */
public final class PyNameError extends PyBaseException {
    private final String name;
    private final PyDict globals;

    PyNameError(String name, PyDict globals) {
        super(PyExc.NameError, PyStr.of("name '" + name + "' is not defined"));
        this.name = name;
        this.globals = globals;
    }

    public String name() {
        return name;
    }

    /** The globals the name was looked up in; null if unknown. */
    public PyDict globals() {
        return globals;
    }

    @Override
    public PyObject getAttr(String attr) {
        return attr.equals("name") ? PyStr.of(name) : super.getAttr(attr);
    }
}
