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

    private PyObject setOp(PyObject other, boolean reflected, java.util.function.BinaryOperator<PyObject> op) {
        if (!setLike()) {
            return PyNotImplemented.INSTANCE;
        }
        PyObject mine = asSet(this);
        PyObject theirs;
        try {
            theirs = asSet(other);
        } catch (PyException e) {
            if (e.matches(PyExc.TypeError)) {
                return PyNotImplemented.INSTANCE;
            }
            throw e;
        }
        return reflected ? op.apply(theirs, mine) : op.apply(mine, theirs);
    }

    @Override
    public PyObject and(PyObject o) {
        return setOp(o, false, Ops::and);
    }

    @Override
    public PyObject rand(PyObject o) {
        return setOp(o, true, Ops::and);
    }

    @Override
    public PyObject or(PyObject o) {
        return setOp(o, false, Ops::or);
    }

    @Override
    public PyObject ror(PyObject o) {
        return setOp(o, true, Ops::or);
    }

    @Override
    public PyObject sub(PyObject o) {
        return setOp(o, false, Ops::sub);
    }

    @Override
    public PyObject rsub(PyObject o) {
        return setOp(o, true, Ops::sub);
    }

    @Override
    public PyObject xor(PyObject o) {
        return setOp(o, false, Ops::xor);
    }

    @Override
    public PyObject rxor(PyObject o) {
        return setOp(o, true, Ops::xor);
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
