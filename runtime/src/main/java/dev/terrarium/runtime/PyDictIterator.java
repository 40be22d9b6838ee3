package dev.terrarium.runtime;

import java.util.Iterator;
import java.util.Map;

/** Iterator over a dict's keys, values or items; raises if the dict changes size meanwhile. */
final class PyDictIterator extends PyObject implements SavableIterator {
    enum Kind { KEYS, VALUES, ITEMS }

    static final PyType KEY_ITERATOR = PyType.builtin("dict_keyiterator", PyType.OBJECT, null);
    static final PyType VALUE_ITERATOR = PyType.builtin("dict_valueiterator", PyType.OBJECT, null);
    static final PyType ITEM_ITERATOR = PyType.builtin("dict_itemiterator", PyType.OBJECT, null);

    private final PyDict dict;
    private final Kind kind;
    private final Iterator<Map.Entry<PyObject, PyObject>> it;
    private final int version;
    private final int size;
    /** How many entries next() has given, for __length_hint__ and __reduce__. */
    private int consumed;
    private boolean exhausted;

    PyDictIterator(PyDict dict, Kind kind) {
        this.dict = dict;
        this.kind = kind;
        this.it = dict.map.entrySet().iterator();
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
        if (exhausted) {
            return null;
        }
        checkUnchanged();
        if (!it.hasNext()) {
            exhausted = true;
            return null;
        }
        consumed++;
        return item(it.next());
    }

    private void checkUnchanged() {
        if (dict.version != version) {
            if (dict.size() != size) {
                throw PyErrors.runtimeError("dictionary changed size during iteration");
            }
            throw PyErrors.runtimeError("dictionary keys changed during iteration");
        }
    }

    private PyObject item(Map.Entry<PyObject, PyObject> e) {
        return switch (kind) {
            case KEYS -> e.getKey();
            case VALUES -> e.getValue();
            case ITEMS -> PyTuple.of(e.getKey(), e.getValue());
        };
    }

    /** CPython's {@code dictiter_reduce}: {@code (iter, (remaining items as a list,))}. */
    @Override
    public PyObject reduce() {
        PyList rest = new PyList();
        if (!exhausted) {
            checkUnchanged();
            int skip = consumed;
            for (Map.Entry<PyObject, PyObject> e : dict.map.entrySet()) {
                if (skip > 0) {
                    skip--;
                } else {
                    rest.append(item(e));
                }
            }
        }
        return IteratorState.iterOf(rest);
    }

    @Override
    public long lengthHint() {
        return !exhausted && dict.size() == size ? size - consumed : 0;
    }
}
