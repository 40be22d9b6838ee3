package dev.terrarium.runtime;

/**
 * An AttributeError from a failed attribute lookup: it remembers the object and the
 * name, so the traceback can offer CPython's "Did you mean: ...?" suggestion.
 */
public final class PyAttributeError extends PyBaseException {
    private final PyObject obj;
    private final String name;

    PyAttributeError(String message, PyObject obj, String name) {
        super(PyExc.AttributeError, PyStr.of(message));
        this.obj = obj;
        this.name = name;
    }

    public PyObject obj() {
        return obj;
    }

    public String name() {
        return name;
    }

    @Override
    public PyObject getAttr(String attr) {
        if (attr.equals("name")) {
            return PyStr.of(name);
        }
        if (attr.equals("obj")) {
            return obj;
        }
        return super.getAttr(attr);
    }
}
