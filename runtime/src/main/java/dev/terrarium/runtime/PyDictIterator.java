package dev.terrarium.runtime;

import java.util.Iterator;
import java.util.Map;

/** Iterator over a dict's keys, values or items; raises if the dict changes size meanwhile. */
final class PyDictIterator extends PyObject {
    enum Kind { KEYS, VALUES, ITEMS }

    static final PyType KEY_ITERATOR = PyType.builtin("dict_keyiterator", PyType.OBJECT, null);
    static final PyType VALUE_ITERATOR = PyType.builtin("dict_valueiterator", PyType.OBJECT, null);
    static final PyType ITEM_ITERATOR = PyType.builtin("dict_itemiterator", PyType.OBJECT, null);

    private final PyDict dict;
    private final Kind kind;
    private final Iterator<Map.Entry<PyObject, PyObject>> it;
    private final int version;
    private final int size;

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
        if (dict.version != version) {
            if (dict.size() != size) {
                throw PyErrors.runtimeError("dictionary changed size during iteration");
            }
            throw PyErrors.runtimeError("dictionary keys changed during iteration");
        }
        if (!it.hasNext()) {
            return null;
        }
        Map.Entry<PyObject, PyObject> e = it.next();
        return switch (kind) {
            case KEYS -> e.getKey();
            case VALUES -> e.getValue();
            case ITEMS -> PyTuple.of(e.getKey(), e.getValue());
        };
    }
}
