package dev.terrarium.runtime;

/** Python {@code frozenset}: an immutable, hashable {@link PyAnySet}. */
public class PyFrozenSet extends PyAnySet {
    public static final PyType TYPE = PyType.builtin("frozenset", PyType.OBJECT, (t, a, k) -> {
        ArgParser.noKeywords("frozenset", k);
        ArgParser.arity("frozenset", a, 0, 1);
        if (a.length == 1 && a[0] instanceof PyFrozenSet f) {
            return f;
        }
        PyFrozenSet s = new PyFrozenSet();
        if (a.length == 1) {
            s.updateFrom(a[0]);
        }
        return s;
    });

    static {
        SetMethods.install(TYPE, false);
    }

    private long hash = -1;

    public PyFrozenSet() {
    }

    /** A frozenset with the keys of {@code s}, for looking a set up as a key. */
    static PyFrozenSet copyOf(PyAnySet s) {
        PyFrozenSet f = new PyFrozenSet();
        f.table.merge(s.table);
        return f;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    PyAnySet emptyLike() {
        return new PyFrozenSet();
    }

    @Override
    public String repr() {
        String name = type().name();
        return size() == 0 ? name + "()" : name + "(" + elementsRepr() + ")";
    }

    private static long shuffleBits(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }

    /** Compare CPython {@code frozenset_hash}: order-independent, over the whole table. */
    @Override
    public long hash() {
        if (hash != -1) {
            return hash;
        }
        SetTable t = table;
        long h = 0;
        for (int i = 0; i <= t.mask; i++) {
            h ^= shuffleBits(t.hashes[i]);
        }
        if (((t.mask + 1 - t.fill) & 1) != 0) {
            h ^= shuffleBits(0);
        }
        if (((t.fill - t.used) & 1) != 0) {
            h ^= shuffleBits(-1);
        }
        h ^= ((long) t.used + 1) * 1927868237L;
        h ^= (h >>> 11) ^ (h >>> 25);
        h = h * 69069L + 907133923L;
        if (h == -1) {
            h = 590923713L;
        }
        hash = h;
        return h;
    }
}
