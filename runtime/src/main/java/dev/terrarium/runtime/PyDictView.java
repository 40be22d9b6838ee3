package dev.terrarium.runtime;

/** {@code dict.keys()}, {@code dict.values()}, {@code dict.items()}: live views of a dict. */
final class PyDictView extends PyObject {
    static final PyType KEYS = PyType.builtin("dict_keys", PyType.OBJECT, null);
    static final PyType VALUES = PyType.builtin("dict_values", PyType.OBJECT, null);
    static final PyType ITEMS = PyType.builtin("dict_items", PyType.OBJECT, null);

    private final PyDict dict;
    private final PyDictIterator.Kind kind;

    PyDictView(PyDict dict, PyDictIterator.Kind kind) {
        this.dict = dict;
        this.kind = kind;
    }

    @Override
    public PyType type() {
        return switch (kind) {
            case KEYS -> KEYS;
            case VALUES -> VALUES;
            case ITEMS -> ITEMS;
        };
    }

    @Override
    public long len() {
        return dict.size();
    }

    @Override
    public PyObject iter() {
        return new PyDictIterator(dict, kind);
    }

    @Override
    public boolean contains(PyObject item) {
        return switch (kind) {
            case KEYS -> dict.contains(item);
            default -> super.contains(item);
        };
    }

    @Override
    public String repr() {
        if (!ReprGuard.enter(this)) {
            return "...";
        }
        try {
            return type().name() + "(" + new PyList(Ops.toArray(this)).repr() + ")";
        } finally {
            ReprGuard.exit(this);
        }
    }
}
