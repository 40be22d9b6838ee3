package dev.terrarium.runtime;

import java.util.Arrays;

/** Python {@code tuple}: an immutable array. */
public class PyTuple extends PyObject {
    public static final PyType TYPE = PyType.builtin("tuple", PyType.OBJECT, (t, a, k) -> {
        ArgParser.noKeywords("tuple", k);
        ArgParser.arity("tuple", a, 0, 1);
        return a.length == 0 ? PyTuple.EMPTY : a[0] instanceof PyTuple tu && !DerivedSlots.isDerived(tu) ? tu : new PyTuple(Ops.toArray(a[0]));
    });
    public static final PyTuple EMPTY = new PyTuple(new PyObject[0]);

    static {
        SequenceMethods.installCommon(TYPE);
    }

    private final PyObject[] items;

    /** Takes ownership of {@code items}. */
    public PyTuple(PyObject[] items) {
        this.items = items;
    }

    public static PyTuple of(PyObject... items) {
        return items.length == 0 ? EMPTY : new PyTuple(items.clone());
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public int size() {
        return items.length;
    }

    public PyObject get(int i) {
        return items[i];
    }

    public PyObject[] toArray() {
        return items.clone();
    }

    @Override
    public String repr() {
        if (items.length == 0) {
            return "()";
        }
        if (!ReprGuard.enter(this)) {
            return "(...)";
        }
        try {
            StringBuilder b = new StringBuilder("(");
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    b.append(", ");
                }
                b.append(Ops.repr(items[i]));
            }
            return b.append(items.length == 1 ? ",)" : ")").toString();
        } finally {
            ReprGuard.exit(this);
        }
    }

    @Override
    public boolean isTrue() {
        return items.length != 0;
    }

    @Override
    public long len() {
        return items.length;
    }

    /** Compare CPython {@code tuplehash} (xxHash-based since 3.8). */
    @Override
    public long hash() {
        final long p1 = 0x9E3779B185EBCA87L;
        final long p2 = 0xC2B2AE3D27D4EB4FL;
        final long p5 = 0x27D4EB2F165667C5L;
        long acc = p5;
        for (PyObject item : items) {
            long lane = Ops.hash(item);
            acc += lane * p2;
            acc = Long.rotateLeft(acc, 31);
            acc *= p1;
        }
        acc += items.length ^ (p5 ^ 3527539L);
        return acc == -1 ? 1546275796 : acc;
    }

    @Override
    public PyObject getItem(PyObject key) {
        key = Sequences.indexKey(key);
        if (key instanceof PyInt i) {
            return items[Sequences.index(i, items.length, "tuple index out of range")];
        }
        if (key instanceof PySlice s) {
            return new PyTuple(Sequences.slice(items, items.length, s));
        }
        throw PyErrors.typeError("tuple indices must be integers or slices, not %s", key.type().name());
    }

    @Override
    public PyObject add(PyObject o) {
        if (o instanceof PyTuple t) {
            Budget.checkElements((long) items.length + t.items.length);
            PyObject[] r = Arrays.copyOf(items, items.length + t.items.length);
            System.arraycopy(t.items, 0, r, items.length, t.items.length);
            return new PyTuple(r);
        }
        return PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject mul(PyObject o) {
        return o instanceof PyInt n ? new PyTuple(Sequences.repeat(items, items.length, n)) : PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject rmul(PyObject o) {
        // not mul(o): a subclass's __mul__ must not answer for __rmul__
        return o instanceof PyInt n ? new PyTuple(Sequences.repeat(items, items.length, n)) : PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject richCompare(PyObject o, CompareOp op) {
        if (o instanceof PyTuple t) {
            return Sequences.compare(items, items.length, t.items, t.items.length, op);
        }
        return PyNotImplemented.INSTANCE;
    }

    @Override
    public boolean contains(PyObject item) {
        CpuBudget.charge(items.length);
        for (PyObject x : items) {
            if (x == item || Ops.eq(x, item)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public PyObject iter() {
        return new PySequenceIterator(items, items.length, PySequenceIterator.TUPLE_ITERATOR, this);
    }
}
