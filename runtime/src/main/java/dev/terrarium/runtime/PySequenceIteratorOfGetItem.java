package dev.terrarium.runtime;

/** The old sequence protocol: iterate {@code obj[0], obj[1], ...} until IndexError (CPython {@code iterator}). */
final class PySequenceIteratorOfGetItem extends PyObject implements SavableIterator {
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

    @Override
    public PyObject reduce() {
        return done ? IteratorState.iterOf(PyTuple.EMPTY) : IteratorState.iterAt(seq, index);
    }

    @Override
    public long lengthHint() {
        return done ? 0 : Math.max(0, seq.len() - index);
    }

    /** CPython's {@code iter_len}: NotImplemented when the sequence has no {@code __len__}. */
    @Override
    public PyObject lengthHintObject() {
        if (!done && seq.type().lookup("__len__") == null) {
            return PyNotImplemented.INSTANCE;
        }
        return PyInt.of(lengthHint());
    }

    @Override
    public void setState(long state) {
        if (!done) {
            index = Math.max(0, state);
        }
    }
}
