package dev.terrarium.runtime;

/** An instance of {@code object} itself: {@code object()}. */
final class PyPlainObject extends PyObject {
    private final PyType type;

    PyPlainObject(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }
}
