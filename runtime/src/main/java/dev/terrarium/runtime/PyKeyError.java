package dev.terrarium.runtime;

/** {@code KeyError}: its str is the repr of the key, as CPython's {@code KeyError_str}. */
final class PyKeyError extends PyBaseException {
    PyKeyError(PyType type, PyObject... args) {
        super(type, args);
    }

    @Override
    public String str() {
        return args().size() == 1 ? args().get(0).repr() : super.str();
    }
}
