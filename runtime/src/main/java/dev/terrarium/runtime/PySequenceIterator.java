package dev.terrarium.runtime;

/** Iterator over an array-backed sequence; a list's iterator re-reads the list's size each step. */
final class PySequenceIterator extends PyObject {
    static final PyType TUPLE_ITERATOR = PyType.builtin("tuple_iterator", PyType.OBJECT, null);
    static final PyType LIST_ITERATOR = PyType.builtin("list_iterator", PyType.OBJECT, null);

    private final PyObject[] items;
    private final int size;
    private final PyList list;
    private final PyType type;
    private int index;

    PySequenceIterator(PyObject[] items, int size, PyType type) {
        this.items = items;
        this.size = size;
        this.list = null;
        this.type = type;
    }

    PySequenceIterator(PyList list) {
        this.items = null;
        this.size = 0;
        this.list = list;
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
            return index < list.size() ? list.get(index++) : null;
        }
        return index < size ? items[index++] : null;
    }
}
