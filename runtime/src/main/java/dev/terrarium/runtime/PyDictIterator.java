package dev.terrarium.runtime;

/** Iterator over a dict's keys, values or items; raises if the dict changes size meanwhile. */
final class PyDictIterator extends PyObject {
    enum Kind { KEYS, VALUES, ITEMS }

    static final PyType KEY_ITERATOR = PyType.builtin("dict_keyiterator", PyType.OBJECT, null);
    static final PyType VALUE_ITERATOR = PyType.builtin("dict_valueiterator", PyType.OBJECT, null);
    static final PyType ITEM_ITERATOR = PyType.builtin("dict_itemiterator", PyType.OBJECT, null);

    private final PyDict dict;
    private final Kind kind;
    /** The next entry number to look at in the dict's table. */
    private int position;
    private final int version;
    private final int size;

    PyDictIterator(PyDict dict, Kind kind) {
        this.dict = dict;
        this.kind = kind;
        this.version = dict.version;
        this.size = dict.size();
    }

    @Override
    public PyType type() {
        return switch (kind) {
            case KEYS -> KEY_ITERATOR;
            case VALUES -> VALUE_ITERATOR;
            case ITEMS -> ITEM_ITERATOR;
        };
    }

    @Override
    public PyObject iter() {
        return this;
    }

    @Override
    public PyObject next() {
        if (position == Integer.MAX_VALUE) {
            return null; // exhausted for good, as CPython's iterator drops its dict
        }
        if (dict.version != version) {
            if (dict.size() != size) {
                throw PyErrors.runtimeError("dictionary changed size during iteration");
            }
            throw PyErrors.runtimeError("dictionary keys changed during iteration");
        }
        PyDict table = dict;
        int ix = table.nextEntry(position);
        if (ix < 0) {
            position = Integer.MAX_VALUE;
            return null;
        }
        position = ix + 1;
        return switch (kind) {
            case KEYS -> table.keyAt(ix);
            case VALUES -> table.valueAt(ix);
            case ITEMS -> PyTuple.of(table.keyAt(ix), table.valueAt(ix));
        };
    }
}
