package dev.terrarium.runtime;

import java.math.BigInteger;

/** Python {@code slice}: {@code a[start:stop:step]}. */
public final class PySlice extends PyObject {
    public static final PyType TYPE = PyType.builtin("slice", PyType.OBJECT, (t, a, k) -> {
        ArgParser.noKeywords("slice", k);
        ArgParser.arity("slice", a, 1, 3);
        return a.length == 1 ? new PySlice(PyNone.INSTANCE, a[0], PyNone.INSTANCE)
                : new PySlice(a[0], a[1], a.length == 3 ? a[2] : PyNone.INSTANCE);
    });

    public final PyObject start;
    public final PyObject stop;
    public final PyObject step;

    public PySlice(PyObject start, PyObject stop, PyObject step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject getAttr(String attr) {
        switch (attr) {
            case "start":
                return start;
            case "stop":
                return stop;
            case "step":
                return step;
            case "indices":
                return PyBuiltinFunction.of1("indices", n -> {
                    BigInteger length = ArgParser.index(n).asBig();
                    if (length.signum() < 0) {
                        throw PyErrors.valueError("length should not be negative");
                    }
                    BigInteger[] r = bigIndices(length);
                    return PyTuple.of(PyInt.of(r[0]), PyInt.of(r[1]), PyInt.of(r[2]));
                });
            default:
                return super.getAttr(attr);
        }
    }

    /** Slices compare as the tuples (start, stop, step) (compare CPython {@code slice_richcompare}). */
    @Override
    public PyObject richCompare(PyObject o, CompareOp op) {
        if (!(o instanceof PySlice other)) {
            return PyNotImplemented.INSTANCE;
        }
        return PyTuple.of(start, stop, step).richCompare(PyTuple.of(other.start, other.stop, other.step), op);
    }

    /** Slices are unhashable in CPython 3.11 (3.12 made them hashable). */
    @Override
    public long hash() {
        throw PyErrors.typeError("unhashable type: 'slice'");
    }

    @Override
    public String repr() {
        return "slice(" + start.repr() + ", " + stop.repr() + ", " + step.repr() + ")";
    }

    /**
     * {@code [start, stop, step]} clamped to a sequence of {@code length} items, as CPython's
     * {@code PySlice_GetIndicesEx}.
     */
    public int[] indices(int length) {
        long st = step == PyNone.INSTANCE ? 1 : clampIndex(step);
        if (st == 0) {
            throw PyErrors.valueError("slice step cannot be zero");
        }
        long lo;
        long hi;
        if (start == PyNone.INSTANCE) {
            lo = st < 0 ? length - 1 : 0;
        } else {
            lo = clampIndex(start);
            if (lo < 0) {
                lo += length;
                if (lo < 0) {
                    lo = st < 0 ? -1 : 0;
                }
            } else if (lo >= length) {
                lo = st < 0 ? length - 1 : length;
            }
        }
        if (stop == PyNone.INSTANCE) {
            hi = st < 0 ? -1 : length;
        } else {
            hi = clampIndex(stop);
            if (hi < 0) {
                hi += length;
                if (hi < 0) {
                    hi = st < 0 ? -1 : 0;
                }
            } else if (hi >= length) {
                hi = st < 0 ? length - 1 : length;
            }
        }
        return new int[] {(int) lo, (int) hi, (int) Math.max(Math.min(st, Integer.MAX_VALUE), -Integer.MAX_VALUE)};
    }

    /**
     * {@code [start, stop, step]} clamped to a sequence of {@code length} items, for
     * lengths beyond an int (ranges); compare CPython {@code _PySlice_GetLongIndices}.
     */
    public BigInteger[] bigIndices(BigInteger length) {
        PyObject stepIndex = Sequences.indexKey(step);
        if (stepIndex != PyNone.INSTANCE && !(stepIndex instanceof PyInt)) {
            throw PyErrors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        BigInteger st = stepIndex == PyNone.INSTANCE ? BigInteger.ONE : ((PyInt) stepIndex).asBig();
        if (st.signum() == 0) {
            throw PyErrors.valueError("slice step cannot be zero");
        }
        boolean back = st.signum() < 0;
        BigInteger lower = back ? BigInteger.ONE.negate() : BigInteger.ZERO;
        BigInteger upper = back ? length.subtract(BigInteger.ONE) : length;
        BigInteger lo = start == PyNone.INSTANCE ? (back ? upper : lower) : clampBig(start, length, lower, upper);
        BigInteger hi = stop == PyNone.INSTANCE ? (back ? lower : upper) : clampBig(stop, length, lower, upper);
        return new BigInteger[] {lo, hi, st};
    }

    private static BigInteger clampBig(PyObject o, BigInteger length, BigInteger lower, BigInteger upper) {
        o = Sequences.indexKey(o);
        if (!(o instanceof PyInt)) {
            throw PyErrors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        BigInteger v = ((PyInt) o).asBig();
        if (v.signum() < 0) {
            v = v.add(length);
            return v.compareTo(lower) < 0 ? lower : v;
        }
        return v.compareTo(upper) > 0 ? upper : v;
    }

    /** Number of items the clamped slice {@code [start, stop, step]} selects. */
    public static int sliceLength(int start, int stop, int step) {
        if (step > 0) {
            return start < stop ? (int) (((long) stop - start - 1) / step + 1) : 0;
        }
        return start > stop ? (int) (((long) start - stop - 1) / -step + 1) : 0;
    }

    private static long clampIndex(PyObject o) {
        o = Sequences.indexKey(o);
        if (o instanceof PyInt i) {
            if (i.isSmall()) {
                return Math.max(Math.min(i.value, Integer.MAX_VALUE), Integer.MIN_VALUE);
            }
            return i.asBig().signum() < 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE;
        }
        throw PyErrors.typeError("slice indices must be integers or None or have an __index__ method");
    }
}
