package dev.terrarium.runtime;

/** The old sequence protocol: iterate {@code obj[0], obj[1], ...} until IndexError (CPython {@code iterator}). */
final class PySequenceIteratorOfGetItem extends PyObject {
    static final PyType TYPE = PyType.builtin("iterator", PyType.OBJECT, null);
    private final PyObject seq;
    private long index;
    private boolean done;

    PySequenceIteratorOfGetItem(PyObject seq) {
        this.seq = seq;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject iter() {
        return this;
    }

    @Override
    public PyObject next() {
        if (done) {
            return null;
        }
        try {
            return seq.getItem(PyInt.of(index++));
        } catch (PyException e) {
            if (e.matches(PyExc.IndexError) || e.matches(PyExc.StopIteration)) {
                done = true;
                return null;
            }
            throw e;
        }
    }
}
