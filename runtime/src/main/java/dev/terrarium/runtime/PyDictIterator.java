package dev.terrarium.runtime;

/** Iterator over a dict's keys, values or items; raises if the dict changes size meanwhile. */
final class PyDictIterator extends PyObject implements SavableIterator {
    enum Kind { KEYS, VALUES, ITEMS }

    static final PyType KEY_ITERATOR = PyType.builtin("dict_keyiterator", PyType.OBJECT, null);
    static final PyType VALUE_ITERATOR = PyType.builtin("dict_valueiterator", PyType.OBJECT, null);
    static final PyType ITEM_ITERATOR = PyType.builtin("dict_itemiterator", PyType.OBJECT, null);

    private final PyDict dict;
    private final Kind kind;
    /** The next entry number to look at in the dict's table; MAX_VALUE once exhausted. */
    private int position;
    private final int version;
    private final int size;
    /** How many entries next() has given, for __length_hint__ and __reduce__. */
    private int consumed;

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

    private boolean exhausted() {
        return position == Integer.MAX_VALUE;
    }

    @Override
    public PyObject next() {
        if (exhausted()) {
            return null; // exhausted for good, as CPython's iterator drops its dict
        }
        checkUnchanged();
        int ix = dict.nextEntry(position);
        if (ix < 0) {
            position = Integer.MAX_VALUE;
            return null;
        }
        position = ix + 1;
        consumed++;
        return item(ix);
    }

    private void checkUnchanged() {
        if (dict.version != version) {
            if (dict.size() != size) {
                throw PyErrors.runtimeError("dictionary changed size during iteration");
            }
            throw PyErrors.runtimeError("dictionary keys changed during iteration");
        }
    }

    private PyObject item(int ix) {
        return switch (kind) {
            case KEYS -> dict.keyAt(ix);
            case VALUES -> dict.valueAt(ix);
            case ITEMS -> PyTuple.of(dict.keyAt(ix), dict.valueAt(ix));
        };
    }

    /** CPython's {@code dictiter_reduce}: {@code (iter, (remaining items as a list,))}. */
    @Override
    public PyObject reduce() {
        PyList rest = new PyList();
        if (!exhausted()) {
            checkUnchanged();
            for (int ix = dict.nextEntry(position); ix >= 0; ix = dict.nextEntry(ix + 1)) {
                rest.append(item(ix));
            }
        }
        return IteratorState.iterOf(rest);
    }

    @Override
    public long lengthHint() {
        return !exhausted() && dict.size() == size ? size - consumed : 0;
    }
}
