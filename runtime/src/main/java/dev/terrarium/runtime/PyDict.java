package dev.terrarium.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Python {@code dict}: insertion-ordered. Keys are held by their Python equality and hash
 * (see {@link PyObject#equals} and {@link PyObject#hashCode}).
 */
public class PyDict extends PyObject {
    public static final PyType TYPE = PyType.builtin("dict", PyType.OBJECT, DictMethods::construct);

    static {
        DictMethods.install(TYPE);
    }

    final LinkedHashMap<PyObject, PyObject> map = new LinkedHashMap<>();
    /** Bumped on every insertion or removal, so iterators can detect a change of size. */
    int version;
    /**
     * Bumped on every change at all, values included: inline caches of global names
     * (runtime.indy.GlobalSite) trust a value they read while this stays the same.
     */
    long mutations;

    /** See {@link #mutations}. */
    public long mutations() {
        return mutations;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public PyObject get(PyObject key) {
        checkHashable(key);
        if (map.isEmpty()) {
            // HashMap skips hashing when it has no table; CPython hashes first ({}[(1, [2])] is a TypeError)
            Ops.hash(key);
            return null;
        }
        return map.get(key);
    }

    public void put(PyObject key, PyObject value) {
        checkHashable(key);
        mutations++;
        if (map.put(key, value) == null) {
            version++;
            int size = map.size();
            if (size >= GROWTH_CHECK_FROM && (size & (size - 1)) == 0) {
                // At each doubling, room for the next one (its entries and table), as
                // CPython's dict raises MemoryError when a resize cannot be allocated.
                Budget.checkObjects(2L * size, ENTRY_BYTES);
            }
        }
    }

    /** Dict sizes from which growth is checked against the budget (a power of two). */
    private static final int GROWTH_CHECK_FROM = 1 << 12;
    /** About what one entry of the map costs: the entry object and its table slot. */
    private static final long ENTRY_BYTES = 56;

    public PyObject remove(PyObject key) {
        checkHashable(key);
        if (map.isEmpty()) {
            Ops.hash(key);
            return null;
        }
        PyObject old = map.remove(key);
        if (old != null) {
            version++;
            mutations++;
        }
        return old;
    }

    public int size() {
        return map.size();
    }

    public Map<PyObject, PyObject> entries() {
        return map;
    }

    private static void checkHashable(PyObject key) {
        if (key instanceof PyList || key instanceof PyDict) {
            throw PyErrors.typeError("unhashable type: '%s'", key.type().name());
        }
    }

    @Override
    public String repr() {
        if (map.isEmpty()) {
            return "{}";
        }
        if (!ReprGuard.enter(this)) {
            return "{...}";
        }
        try {
            StringBuilder b = new StringBuilder("{");
            boolean first = true;
            for (Map.Entry<PyObject, PyObject> e : map.entrySet()) {
                if (!first) {
                    b.append(", ");
                }
                first = false;
                b.append(Ops.repr(e.getKey())).append(": ").append(Ops.repr(e.getValue()));
            }
            return b.append('}').toString();
        } finally {
            ReprGuard.exit(this);
        }
    }

    @Override
    public boolean isTrue() {
        return !map.isEmpty();
    }

    @Override
    public long len() {
        return map.size();
    }

    @Override
    public long hash() {
        throw PyErrors.typeError("unhashable type: '%s'", type().name());
    }

    @Override
    public PyObject getItem(PyObject key) {
        PyObject v = get(key);
        if (v == null) {
            throw PyErrors.keyError(key);
        }
        return v;
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        put(key, value);
    }

    @Override
    public void delItem(PyObject key) {
        if (remove(key) == null) {
            throw PyErrors.keyError(key);
        }
    }

    @Override
    public boolean contains(PyObject item) {
        return get(item) != null;
    }

    @Override
    public PyObject richCompare(PyObject o, CompareOp op) {
        if (o instanceof PyDict d && (op == CompareOp.EQ || op == CompareOp.NE)) {
            boolean eq = map.size() == d.map.size();
            if (eq) {
                for (Map.Entry<PyObject, PyObject> e : map.entrySet()) {
                    PyObject other = d.map.get(e.getKey());
                    if (other == null || !(other == e.getValue() || Ops.eq(e.getValue(), other))) {
                        eq = false;
                        break;
                    }
                }
            }
            return PyBool.of(eq == (op == CompareOp.EQ));
        }
        return PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject or(PyObject o) {
        if (o instanceof PyDict d) {
            PyDict r = new PyDict();
            r.map.putAll(map);
            r.map.putAll(d.map);
            return r;
        }
        return PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject iter() {
        return new PyDictIterator(this, PyDictIterator.Kind.KEYS);
    }
}
