package dev.terrarium.runtime;

/**
 * Iterator over an array-backed sequence; a list's iterator re-reads the list's size each step.
 * Once exhausted it stays exhausted, as CPython's (which drops the sequence), even if the list
 * grows afterwards.
 */
final class PySequenceIterator extends PyObject implements SavableIterator {
    static final PyType TUPLE_ITERATOR = PyType.builtin("tuple_iterator", PyType.OBJECT, null);
    static final PyType LIST_ITERATOR = PyType.builtin("list_iterator", PyType.OBJECT, null);
    /** The index of an exhausted iterator: never below a size, so next() needs no extra test. */
    private static final int EXHAUSTED = Integer.MAX_VALUE;

    private final PyObject[] items;
    private final int size;
    private final PyList list;
    /** The tuple iterated over (for __reduce__); the list when {@code list} is set. */
    private final PyObject source;
    private final PyType type;
    private int index;

    PySequenceIterator(PyObject[] items, int size, PyType type, PyObject source) {
        this.items = items;
        this.size = size;
        this.list = null;
        this.source = source;
        this.type = type;
    }

    PySequenceIterator(PyList list) {
        this.items = null;
        this.size = 0;
        this.list = list;
        this.source = list;
        this.type = LIST_ITERATOR;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyObject iter() {
        return this;
    }

    @Override
    public PyObject next() {
        if (list != null) {
            if (index < list.size()) {
                return list.get(index++);
            }
        } else if (index < size) {
            return items[index++];
        }
        index = EXHAUSTED;
        return null;
    }

    @Override
    public PyObject reduce() {
        if (index == EXHAUSTED) {
            return IteratorState.iterOf(list != null ? new PyList() : PyTuple.EMPTY);
        }
        return IteratorState.iterAt(source, index);
    }

    @Override
    public long lengthHint() {
        if (index == EXHAUSTED) {
            return 0;
        }
        return Math.max(0, (list != null ? list.size() : size) - index);
    }

    @Override
    public void setState(long state) {
        if (index != EXHAUSTED) {
            index = (int) IteratorState.clamp(state, list != null ? list.size() : size);
        }
    }
}
