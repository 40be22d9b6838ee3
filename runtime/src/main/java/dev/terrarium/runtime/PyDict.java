package dev.terrarium.runtime;

import java.util.Map;

/**
 * Python {@code dict}: insertion-ordered. Keys are held by their Python equality and hash
 * (see {@link PyObject#equals} and {@link PyObject#hashCode}).
 */
public class PyDict extends DictStorage {
    public static final PyType TYPE = PyType.builtin("dict", PyType.OBJECT, DictMethods::construct);

    static {
        DictMethods.install(TYPE);
    }

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
        return tableGet(key);
    }

    public void put(PyObject key, PyObject value) {
        putEntry(key, value);
    }

    /**
     * {@link #put}, returning the entry number where {@code key} now lives: inline caches
     * remember it and come back through {@link #keyAt}, {@link #valueAt}, {@link #setValueAt}.
     */
    public int putEntry(PyObject key, PyObject value) {
        checkHashable(key);
        mutations++;
        int before = tableSize();
        int ix = tablePut(key, value);
        int size = tableSize();
        if (size != before) {
            version++;
            if (size >= GROWTH_CHECK_FROM && (size & (size - 1)) == 0) {
                // At each doubling, room for the next one (its entries and table), as
                // CPython's dict raises MemoryError when a resize cannot be allocated.
                Budget.checkObjects(2L * size, ENTRY_BYTES);
            }
        }
        return ix;
    }

    /** The entry number of {@code key} (a hashable key), or -1: see {@link #putEntry}. */
    public int entryOf(PyObject key) {
        checkHashable(key);
        return findEntry(key);
    }

    /** Replaces the value of entry {@code i}, whose {@link #keyAt key} was just checked. */
    public void setValueAt(int i, PyObject value) {
        mutations++;
        storeValueAt(i, value);
    }

    /** Dict sizes from which growth is checked against the budget (a power of two). */
    private static final int GROWTH_CHECK_FROM = 1 << 12;
    /** About what one entry costs: its hash, key and value slots and its index slots, with slack. */
    private static final long ENTRY_BYTES = 56;

    public PyObject remove(PyObject key) {
        checkHashable(key);
        PyObject old = tableRemove(key);
        if (old != null) {
            version++;
            mutations++;
        }
        return old;
    }

    public int size() {
        return tableSize();
    }

    /** Removes every entry. */
    public void clear() {
        if (tableSize() > 0) {
            version++;
            mutations++;
        }
        tableClear();
    }

    /** Makes this empty dict hold the entries of {@code source}, in its order. */
    public void copyFrom(PyDict source) {
        if (tableSize() != 0) {
            throw new IllegalStateException("copyFrom into a non-empty dict");
        }
        if (source.tableSize() != 0) {
            Budget.checkObjects(source.tableSize(), ENTRY_BYTES);
            tableCopyOf(source);
            version++;
            mutations++;
        }
    }

    /** The entries as a Java map, in insertion order; changes through it are the dict's own. */
    public Map<PyObject, PyObject> entries() {
        return mapView();
    }

    @Override
    final void onPut(PyObject key, PyObject value) {
        put(key, value);
    }

    @Override
    final PyObject onRemove(PyObject key) {
        return remove(key);
    }

    @Override
    final void onClear() {
        clear();
    }

    private static void checkHashable(PyObject key) {
        if (key instanceof PyList || key instanceof PyDict) {
            throw PyErrors.typeError("unhashable type: '%s'", key.type().name());
        }
    }

    @Override
    public String repr() {
        if (tableSize() == 0) {
            return "{}";
        }
        if (!ReprGuard.enter(this)) {
            return "{...}";
        }
        try {
            StringBuilder b = new StringBuilder("{");
            boolean first = true;
            for (Map.Entry<PyObject, PyObject> e : entries().entrySet()) {
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
        return tableSize() != 0;
    }

    @Override
    public long len() {
        return tableSize();
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
            boolean eq = tableSize() == d.tableSize();
            if (eq) {
                for (Map.Entry<PyObject, PyObject> e : entries().entrySet()) {
                    PyObject other = d.tableGet(e.getKey());
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
            r.copyFrom(this);
            r.entries().putAll(d.entries());
            return r;
        }
        return PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject iter() {
        return new PyDictIterator(this, PyDictIterator.Kind.KEYS);
    }
}
