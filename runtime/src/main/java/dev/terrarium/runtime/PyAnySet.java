package dev.terrarium.runtime;

/**
 * What {@code set} and {@code frozenset} share (CPython's {@code PyAnySet}): the hash
 * table, membership, the algebra and the comparisons. Each operation follows the
 * corresponding function of CPython's {@code Objects/setobject.c} step by step, because
 * the order in which keys are inserted decides the iteration order users see.
 */
public abstract class PyAnySet extends PyObject {

    final SetTable table = new SetTable();

    /** An empty set of the same Python type as this one (CPython's {@code make_new_set_basetype}). */
    abstract PyAnySet emptyLike();

    /** Whether {@code o} is a set or a frozenset. */
    static boolean isAnySet(PyObject o) {
        return o instanceof PyAnySet;
    }

    public int size() {
        return table.used;
    }

    // ---- keys ----------------------------------------------------------------------------

    /**
     * The hash of {@code key} for a lookup: a set used as a key is looked up as the
     * frozenset with the same elements, as CPython's set_contains/set_discard do.
     */
    private static long lookupHash(PyObject key) {
        if (key instanceof PySet s) {
            return PyFrozenSet.copyOf(s).hash();
        }
        return Ops.hash(key);
    }

    public boolean addKey(PyObject key) {
        return table.add(key, Ops.hash(key));
    }

    @Override
    public boolean contains(PyObject key) {
        return table.contains(key, lookupHash(key));
    }

    boolean discardKey(PyObject key) {
        return table.discard(key, lookupHash(key));
    }

    // ---- bulk operations -----------------------------------------------------------------

    /** Compare CPython {@code set_update_internal}. */
    void updateFrom(PyObject other) {
        if (other instanceof PyAnySet s) {
            table.merge(s.table);
            return;
        }
        if (other instanceof PyDict d) {
            int n = d.size();
            if ((long) (table.fill + n) * 5 >= (long) table.mask * 3) {
                table.resize((long) (table.used + n) * 2);
            }
            for (PyObject key : d.entries().keySet()) {
                table.add(key, Ops.hash(key));
            }
            return;
        }
        PyObject it = Ops.iter(other);
        for (PyObject x = it.next(); x != null; x = it.next()) {
            addKey(x);
        }
    }

    /** A new set of this type with the same keys (CPython's {@code set_copy}). */
    PyAnySet copyLike() {
        PyAnySet r = emptyLike();
        r.table.merge(table);
        return r;
    }

    /** Compare CPython {@code set_intersection}. */
    PyAnySet intersection(PyObject other) {
        if (other == this) {
            return copyLike();
        }
        PyAnySet result = emptyLike();
        if (other instanceof PyAnySet o) {
            SetTable small = o.table;
            SetTable big = table;
            if (o.size() > size()) {
                small = table;
                big = o.table;
            }
            for (int i = 0; i <= small.mask; i++) {
                if (small.isActive(i)) {
                    PyObject key = small.keys[i];
                    long h = small.hashes[i];
                    if (big.contains(key, h)) {
                        result.table.add(key, h);
                    }
                }
            }
            return result;
        }
        PyObject it = Ops.iter(other);
        for (PyObject x = it.next(); x != null; x = it.next()) {
            long h = Ops.hash(x);
            if (table.contains(x, h)) {
                result.table.add(x, h);
            }
        }
        return result;
    }

    /** Compare CPython {@code set_intersection_multi}. */
    PyAnySet intersectionMulti(PyObject[] others) {
        if (others.length == 0) {
            return copyLike();
        }
        PyAnySet result = this;
        for (PyObject o : others) {
            result = result.intersection(o);
        }
        return result;
    }

    /** Compare CPython {@code set_difference_update_internal}. */
    void differenceUpdate(PyObject other) {
        if (other == this) {
            table.clear();
            return;
        }
        if (other instanceof PyAnySet o) {
            SetTable t = o.table;
            for (int i = 0; i <= t.mask; i++) {
                if (t.isActive(i)) {
                    table.discard(t.keys[i], t.hashes[i]);
                }
            }
        } else {
            PyObject it = Ops.iter(other);
            for (PyObject x = it.next(); x != null; x = it.next()) {
                discardKey(x);
            }
        }
        if (table.fill - table.used > table.mask / 4) {
            table.resize(table.used > 50000 ? table.used * 2L : table.used * 4L);
        }
    }

    /** Compare CPython {@code set_difference}. */
    PyAnySet difference(PyObject other) {
        int otherSize;
        if (other instanceof PyAnySet o) {
            otherSize = o.size();
        } else if (other instanceof PyDict d) {
            otherSize = d.size();
        } else {
            PyAnySet r = copyLike();
            r.differenceUpdate(other);
            return r;
        }
        if ((size() >> 2) > otherSize) {
            PyAnySet r = copyLike();
            r.differenceUpdate(other);
            return r;
        }
        PyAnySet result = emptyLike();
        for (int i = 0; i <= table.mask; i++) {
            if (table.isActive(i)) {
                PyObject key = table.keys[i];
                long h = table.hashes[i];
                boolean inOther = other instanceof PyAnySet o ? o.table.contains(key, h) : other.contains(key);
                if (!inOther) {
                    result.table.add(key, h);
                }
            }
        }
        return result;
    }

    /** Compare CPython {@code set_difference_multi}. */
    PyAnySet differenceMulti(PyObject[] others) {
        if (others.length == 0) {
            return copyLike();
        }
        PyAnySet result = difference(others[0]);
        for (int i = 1; i < others.length; i++) {
            result.differenceUpdate(others[i]);
        }
        return result;
    }

    /** Compare CPython {@code set_symmetric_difference_update}. */
    void symmetricDifferenceUpdate(PyObject other) {
        if (other == this) {
            table.clear();
            return;
        }
        if (other instanceof PyDict d) {
            for (PyObject key : d.entries().keySet().toArray(new PyObject[0])) {
                long h = Ops.hash(key);
                if (!table.discard(key, h)) {
                    table.add(key, h);
                }
            }
            return;
        }
        PyAnySet o;
        if (other instanceof PyAnySet s) {
            o = s;
        } else {
            o = emptyLike();
            o.updateFrom(other);
        }
        SetTable t = o.table;
        for (int i = 0; i <= t.mask; i++) {
            if (t.isActive(i)) {
                if (!table.discard(t.keys[i], t.hashes[i])) {
                    table.add(t.keys[i], t.hashes[i]);
                }
            }
        }
    }

    /** Compare CPython {@code set_symmetric_difference}: built from {@code other}, then updated. */
    PyAnySet symmetricDifference(PyObject other) {
        PyAnySet result = emptyLike();
        result.updateFrom(other);
        result.symmetricDifferenceUpdate(this);
        return result;
    }

    /** Compare CPython {@code set_union}. */
    PyAnySet union(PyObject[] others) {
        PyAnySet result = copyLike();
        for (PyObject o : others) {
            if (o != this) {
                result.updateFrom(o);
            }
        }
        return result;
    }

    // ---- predicates ----------------------------------------------------------------------

    /** Compare CPython {@code set_issubset}. */
    boolean isSubset(PyObject other) {
        if (!(other instanceof PyAnySet o)) {
            PySet tmp = new PySet();
            tmp.updateFrom(other);
            return isSubset(tmp);
        }
        if (size() > o.size()) {
            return false;
        }
        for (int i = 0; i <= table.mask; i++) {
            if (table.isActive(i) && !o.table.contains(table.keys[i], table.hashes[i])) {
                return false;
            }
        }
        return true;
    }

    /** Compare CPython {@code set_issuperset}. */
    boolean isSuperset(PyObject other) {
        if (other instanceof PyAnySet o) {
            return o.isSubset(this);
        }
        PyObject it = Ops.iter(other);
        for (PyObject x = it.next(); x != null; x = it.next()) {
            if (!contains(x)) {
                return false;
            }
        }
        return true;
    }

    /** Compare CPython {@code set_isdisjoint}. */
    boolean isDisjoint(PyObject other) {
        if (other == this) {
            return size() == 0;
        }
        if (other instanceof PyAnySet o) {
            PyAnySet small = this;
            PyAnySet big = o;
            if (o.size() < size()) {
                small = o;
                big = this;
            }
            SetTable t = small.table;
            for (int i = 0; i <= t.mask; i++) {
                if (t.isActive(i) && big.table.contains(t.keys[i], t.hashes[i])) {
                    return false;
                }
            }
            return true;
        }
        PyObject it = Ops.iter(other);
        for (PyObject x = it.next(); x != null; x = it.next()) {
            if (table.contains(x, Ops.hash(x))) {
                return false;
            }
        }
        return true;
    }

    // ---- slots -----------------------------------------------------------------------------

    @Override
    public boolean isTrue() {
        return table.used != 0;
    }

    @Override
    public long len() {
        return table.used;
    }

    /** The elements in table order, as CPython's repr writes them: {@code {1, 2}}. */
    String elementsRepr() {
        if (!ReprGuard.enter(this)) {
            return "{...}";
        }
        try {
            StringBuilder b = new StringBuilder("{");
            boolean first = true;
            for (int i = 0; i <= table.mask; i++) {
                if (table.isActive(i)) {
                    if (!first) {
                        b.append(", ");
                    }
                    first = false;
                    b.append(Ops.repr(table.keys[i]));
                }
            }
            return b.append('}').toString();
        } finally {
            ReprGuard.exit(this);
        }
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (!(other instanceof PyAnySet o)) {
            return PyNotImplemented.INSTANCE;
        }
        boolean r = switch (op) {
            case EQ -> size() == o.size() && isSubset(o);
            case NE -> !(size() == o.size() && isSubset(o));
            case LE -> isSubset(o);
            case GE -> isSuperset(o);
            case LT -> size() < o.size() && isSubset(o);
            case GT -> size() > o.size() && isSuperset(o);
        };
        return PyBool.of(r);
    }

    @Override
    public PyObject or(PyObject other) {
        if (!(other instanceof PyAnySet)) {
            return PyNotImplemented.INSTANCE;
        }
        PyAnySet r = copyLike();
        if (other != this) {
            r.updateFrom(other);
        }
        return r;
    }

    @Override
    public PyObject and(PyObject other) {
        return other instanceof PyAnySet ? intersection(other) : PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject sub(PyObject other) {
        return other instanceof PyAnySet ? difference(other) : PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject xor(PyObject other) {
        return other instanceof PyAnySet ? symmetricDifference(other) : PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject iter() {
        return new Iterator(this);
    }

    /** {@code set_iterator}: walks the table; a size change while iterating is an error. */
    static final class Iterator extends PyObject implements SavableIterator {
        static final PyType TYPE = PyType.builtin("set_iterator", PyType.OBJECT, null);

        private final PyAnySet set;
        private int expectedUsed;
        private int pos;

        Iterator(PyAnySet set) {
            this.set = set;
            this.expectedUsed = set.table.used;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject iter() {
            return this;
        }

        @Override
        public PyObject next() {
            if (set == null || pos < 0) {
                return null;
            }
            SetTable t = set.table;
            if (expectedUsed != t.used) {
                expectedUsed = -1;
                pos = -1;
                throw PyErrors.runtimeError("Set changed size during iteration");
            }
            int i = pos;
            while (i <= t.mask && !t.isActive(i)) {
                i++;
            }
            if (i > t.mask) {
                pos = -1;
                return null;
            }
            pos = i + 1;
            consumed++;
            return t.keys[i];
        }

        /** How many items next() has given (CPython's {@code si_len} counts down instead). */
        private int consumed;

        /** CPython's {@code setiter_reduce}: {@code (iter, (remaining items as a list,))}. */
        @Override
        public PyObject reduce() {
            PyList rest = new PyList();
            if (set != null && pos >= 0 && expectedUsed == set.table.used) {
                SetTable t = set.table;
                for (int i = pos; i <= t.mask; i++) {
                    if (t.isActive(i)) {
                        rest.append(t.keys[i]);
                    }
                }
            }
            return IteratorState.iterOf(rest);
        }

        @Override
        public long lengthHint() {
            return set != null && pos >= 0 && expectedUsed == set.table.used ? set.table.used - consumed : 0;
        }
    }
}
