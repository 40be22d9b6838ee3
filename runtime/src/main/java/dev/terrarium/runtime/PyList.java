package dev.terrarium.runtime;

import java.util.Arrays;

/** Python {@code list}: a growable array. */
public class PyList extends PyObject {
    public static final PyType TYPE = PyType.builtin("list", PyType.OBJECT, (t, a, k) -> {
        ArgParser.noKeywords("list", k);
        ArgParser.arity("list", a, 0, 1);
        return a.length == 0 ? new PyList() : new PyList(Ops.toArray(a[0]));
    });

    static {
        SequenceMethods.installCommon(TYPE);
        ListMethods.install(TYPE);
    }

    private PyObject[] items;
    private int size;

    public PyList() {
        this.items = new PyObject[4];
    }

    /** Takes ownership of {@code items}. */
    public PyList(PyObject[] items) {
        this.items = items;
        this.size = items.length;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public int size() {
        return size;
    }

    public PyObject get(int i) {
        return items[i];
    }

    public void append(PyObject x) {
        if (size == items.length) {
            grow(size + 1);
        }
        items[size++] = x;
    }

    private void grow(int minCapacity) {
        Budget.checkElements(minCapacity);
        int capacity = Math.max(minCapacity, items.length + (items.length >> 1) + 4);
        if (Budget.isLarge(capacity * 8L)) {
            // A large list is growing: make sure the heap holds the new array and the objects
            // its new slots will likely hold (ints appended one by one are each a new box on
            // the heap, as CPython's are), so that filling it ends in a MemoryError the guest
            // can catch rather than in an exhausted heap. Checked at growth only: amortized.
            Budget.checkGrowth(capacity, capacity - size, recentBoxBytes());
        }
        items = Arrays.copyOf(items, capacity);
    }

    /** Elements looked at to guess what the next ones will cost. */
    private static final int SAMPLE = 8;

    /**
     * Heap bytes per element that the last few elements took beyond their slots: about 24
     * for each distinct int or float object (compressed references), none for objects
     * seen twice in the sample (a shared value, a cached small int) or of other types.
     */
    private long recentBoxBytes() {
        int n = Math.min(SAMPLE, size);
        if (n == 0) {
            return 0;
        }
        long bytes = 0;
        for (int i = size - n; i < size; i++) {
            PyObject x = items[i];
            if ((x instanceof PyInt || x instanceof PyFloat) && (i == size - n || x != items[i - 1])) {
                bytes += BOX_BYTES;
            }
        }
        return bytes / n;
    }

    /** The heap size of one int or float object (header and value). */
    private static final long BOX_BYTES = 24;

    PyObject[] array() {
        return items;
    }

    void setContents(PyObject[] newItems, int newSize) {
        items = newItems;
        size = newSize;
    }

    public PyObject[] toArray() {
        return Arrays.copyOf(items, size);
    }

    void insert(int index, PyObject x) {
        if (size == items.length) {
            grow(size + 1);
        }
        System.arraycopy(items, index, items, index + 1, size - index);
        items[index] = x;
        size++;
    }

    PyObject removeAt(int index) {
        PyObject x = items[index];
        System.arraycopy(items, index + 1, items, index, size - index - 1);
        items[--size] = null;
        return x;
    }

    void extend(PyObject[] more) {
        if (size + more.length > items.length) {
            grow(size + more.length);
        }
        System.arraycopy(more, 0, items, size, more.length);
        size += more.length;
    }

    @Override
    public String repr() {
        if (size == 0) {
            return "[]";
        }
        if (!ReprGuard.enter(this)) {
            return "[...]";
        }
        try {
            StringBuilder b = new StringBuilder("[");
            for (int i = 0; i < size; i++) {
                if (i > 0) {
                    b.append(", ");
                }
                b.append(Ops.repr(items[i]));
            }
            return b.append(']').toString();
        } finally {
            ReprGuard.exit(this);
        }
    }

    @Override
    public boolean isTrue() {
        return size != 0;
    }

    @Override
    public long len() {
        return size;
    }

    @Override
    public long hash() {
        throw PyErrors.typeError("unhashable type: '%s'", type().name());
    }

    @Override
    public PyObject getItem(PyObject key) {
        key = Sequences.indexKey(key);
        if (key instanceof PyInt i) {
            return items[Sequences.index(i, size, "list index out of range")];
        }
        if (key instanceof PySlice s) {
            return new PyList(Sequences.slice(items, size, s));
        }
        throw PyErrors.typeError("list indices must be integers or slices, not %s", key.type().name());
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        key = Sequences.indexKey(key);
        if (key instanceof PyInt i) {
            items[Sequences.index(i, size, "list assignment index out of range")] = value;
            return;
        }
        if (key instanceof PySlice s) {
            ListSlices.assign(this, s, ListSlices.assignedItems(s, value));
            return;
        }
        throw PyErrors.typeError("list indices must be integers or slices, not %s", key.type().name());
    }

    @Override
    public void delItem(PyObject key) {
        key = Sequences.indexKey(key);
        if (key instanceof PyInt i) {
            removeAt(Sequences.index(i, size, "list assignment index out of range"));
            return;
        }
        if (key instanceof PySlice s) {
            ListSlices.delete(this, s);
            return;
        }
        throw PyErrors.typeError("list indices must be integers or slices, not %s", key.type().name());
    }

    @Override
    public PyObject add(PyObject o) {
        if (o instanceof PyList l) {
            Budget.checkElements((long) size + l.size);
            PyObject[] r = Arrays.copyOf(items, size + l.size);
            System.arraycopy(l.items, 0, r, size, l.size);
            return new PyList(r);
        }
        return PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject mul(PyObject o) {
        return o instanceof PyInt n ? new PyList(Sequences.repeat(items, size, n)) : PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject rmul(PyObject o) {
        // not mul(o): a subclass's __mul__ must not answer for __rmul__
        return o instanceof PyInt n ? new PyList(Sequences.repeat(items, size, n)) : PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject richCompare(PyObject o, CompareOp op) {
        if (o instanceof PyList l) {
            return Sequences.compare(items, size, l.items, l.size, op);
        }
        return PyNotImplemented.INSTANCE;
    }

    @Override
    public boolean contains(PyObject item) {
        CpuBudget.charge(size);
        for (int i = 0; i < size; i++) {
            if (items[i] == item || Ops.eq(items[i], item)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public PyObject iter() {
        return new PySequenceIterator(this);
    }
}
