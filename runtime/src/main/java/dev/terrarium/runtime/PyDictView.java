package dev.terrarium.runtime;

/** {@code dict.keys()}, {@code dict.values()}, {@code dict.items()}: live views of a dict. */
final class PyDictView extends PyObject {
    static final PyType KEYS = PyType.builtin("dict_keys", PyType.OBJECT, null);
    static final PyType VALUES = PyType.builtin("dict_values", PyType.OBJECT, null);
    static final PyType ITEMS = PyType.builtin("dict_items", PyType.OBJECT, null);

    static {
        for (PyType t : new PyType[] {KEYS, ITEMS}) {
            t.define("isdisjoint", new PyMethodDescriptor(t, "isdisjoint", (s, a, k) -> {
                ArgParser.noKeywords("isdisjoint", k);
                ArgParser.arity("isdisjoint", a, 1, 1);
                PyObject it = Ops.iter(a[0]);
                for (PyObject x = it.next(); x != null; x = it.next()) {
                    if (s.contains(x)) {
                        return PyBool.FALSE;
                    }
                }
                return PyBool.TRUE;
            }));
        }
    }

    private final PyDict dict;
    private final PyDictIterator.Kind kind;

    PyDictView(PyDict dict, PyDictIterator.Kind kind) {
        this.dict = dict;
        this.kind = kind;
    }

    /** The viewed dict ({@code view.mapping} shows it through a mappingproxy). */
    PyDict dict() {
        return dict;
    }

    @Override
    public PyType type() {
        return switch (kind) {
            case KEYS -> KEYS;
            case VALUES -> VALUES;
            case ITEMS -> ITEMS;
        };
    }

    /** Keys and items views are set-like (compare CPython {@code dictviews_*}); values views are not. */
    private boolean setLike() {
        return kind != PyDictIterator.Kind.VALUES;
    }

    private static PySet asSet(PyObject o) {
        return PySet.of(Ops.toArray(o));
    }

    private static boolean isSetLikeView(PyObject o) {
        return o instanceof PyDictView v && v.setLike();
    }

    /** CPython's {@code dictviews_to_set}: a new set of the operand's items (the keys of a keys view). */
    private static PySet toSet(PyObject o) {
        PySet result = new PySet();
        result.updateFrom(o instanceof PyDictView v && v.kind == PyDictIterator.Kind.KEYS ? v.dict : o);
        return result;
    }

    /**
     * The binary set operators of keys and items views. As in CPython, the same function
     * serves both operand orders ({@code left} may be the non-view operand) and the other
     * operand may be any iterable.
     */
    private static PyObject or(PyObject left, PyObject right) {
        PySet result = toSet(left);
        result.updateFrom(right);
        return result;
    }

    private static PyObject sub(PyObject left, PyObject right) {
        PySet result = toSet(left);
        result.differenceUpdate(right);
        return result;
    }

    private static PyObject xor(PyObject left, PyObject right) {
        PySet result = toSet(left);
        result.symmetricDifferenceUpdate(right);
        return result;
    }

    /** Compare CPython {@code _PyDictView_Intersect}. */
    private static PyObject intersect(PyObject left, PyObject right) {
        PyObject self = left;
        PyObject other = right;
        if (!isSetLikeView(self)) {
            self = right;
            other = left;
        }
        long lenSelf = self.len();
        if (other.type() == PySet.TYPE && lenSelf <= other.len()) {
            return ((PySet) other).intersection(self);
        }
        if (isSetLikeView(other) && other.len() > lenSelf) {
            PyObject swap = self;
            self = other;
            other = swap;
        }
        PySet result = new PySet();
        PyObject it = Ops.iter(other);
        for (PyObject key = it.next(); key != null; key = it.next()) {
            if (self.contains(key)) {
                result.addKey(key);
            }
        }
        return result;
    }

    @Override
    public PyObject and(PyObject o) {
        return setLike() ? intersect(this, o) : PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject rand(PyObject o) {
        return setLike() ? intersect(o, this) : PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject or(PyObject o) {
        return setLike() ? or(this, o) : PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject ror(PyObject o) {
        return setLike() ? or(o, this) : PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject sub(PyObject o) {
        return setLike() ? sub(this, o) : PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject rsub(PyObject o) {
        return setLike() ? sub(o, this) : PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject xor(PyObject o) {
        return setLike() ? xor(this, o) : PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject rxor(PyObject o) {
        return setLike() ? xor(o, this) : PyNotImplemented.INSTANCE;
    }

    /** Keys and items views are unhashable (they compare like sets); values views hash by identity. */
    @Override
    public long hash() {
        if (setLike()) {
            throw PyErrors.typeError("unhashable type: '%s'", type().name());
        }
        return super.hash();
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (!setLike() || !(other instanceof PyAnySet || other instanceof PyDictView v && v.setLike())) {
            return super.richCompare(other, op);
        }
        return asSet(this).richCompare(asSet(other), op);
    }

    @Override
    public long len() {
        return dict.size();
    }

    @Override
    public boolean isTrue() {
        return dict.size() != 0;
    }

    @Override
    public PyObject iter() {
        return new PyDictIterator(dict, kind);
    }

    @Override
    public boolean contains(PyObject item) {
        return switch (kind) {
            case KEYS -> dict.contains(item);
            case ITEMS -> containsItem(item);
            default -> super.contains(item);
        };
    }

    /** Compare CPython {@code dictitems_contains}: a (key, value) tuple whose key maps to an equal value. */
    private boolean containsItem(PyObject item) {
        if (!(item instanceof PyTuple t) || t.size() != 2) {
            return false;
        }
        PyObject value = dict.get(t.get(0));
        return value != null && (value == t.get(1) || Ops.eq(value, t.get(1)));
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
