package dev.terrarium.runtime;

import java.math.BigInteger;

/**
 * Python {@code range}: arbitrary-size bounds (compare CPython {@code Objects/rangeobject.c}).
 * When start, step and the length all fit in a long, the {@code long} fields are used and
 * iteration allocates nothing but the ints it yields.
 */
public final class PyRange extends PyObject {
    public static final PyType TYPE = PyType.builtin("range", PyType.OBJECT, PyRange::construct);

    static {
        TYPE.define("count", new PyMethodDescriptor(TYPE, "count", (s, a, k) -> ((PyRange) s).count(a, k)));
        TYPE.define("index", new PyMethodDescriptor(TYPE, "index", (s, a, k) -> ((PyRange) s).index(a, k)));
    }

    private final PyInt start;
    private final PyInt stop;
    private final PyInt step;
    /** Number of items. */
    private final BigInteger length;
    /** True when start, step and length fit in longs (and so every item does not overflow a long computation). */
    private final boolean small;
    private final long lStart;
    private final long lStep;
    private final long lLength;

    public PyRange(PyInt start, PyInt stop, PyInt step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.length = computeLength(start.asBig(), stop.asBig(), step.asBig());
        boolean fits = start.isSmall() && step.isSmall() && length.bitLength() < 63;
        if (fits) {
            // the last item start + (length - 1) * step must fit too
            BigInteger last = start.asBig().add(length.subtract(BigInteger.ONE).max(BigInteger.ZERO).multiply(step.asBig()));
            fits = last.bitLength() < 63;
        }
        this.small = fits;
        this.lStart = fits ? start.value : 0;
        this.lStep = fits ? step.value : 0;
        this.lLength = fits ? length.longValue() : 0;
    }

    static PyObject construct(PyType type, PyObject[] a, String[] k) {
        ArgParser.noKeywords("range", k);
        if (a.length == 0) {
            throw PyErrors.typeError("range expected at least 1 argument, got 0");
        }
        if (a.length > 3) {
            throw PyErrors.typeError("range expected at most 3 arguments, got %d", a.length);
        }
        if (a.length == 1) {
            return new PyRange(PyInt.of(0), bound(a[0]), PyInt.of(1));
        }
        PyInt step = a.length == 3 ? bound(a[2]) : PyInt.of(1);
        if (!step.isTrue()) {
            throw PyErrors.valueError("range() arg 3 must not be zero");
        }
        return new PyRange(bound(a[0]), bound(a[1]), step);
    }

    /** An argument as an exact int, as PyNumber_Index gives it (so {@code range(True)} is {@code range(0, 1)}). */
    private static PyInt bound(PyObject o) {
        PyInt i = ArgParser.index(o);
        return i.type() == PyInt.TYPE ? i : PyInt.of(i.asBig());
    }

    /** Compare CPython {@code compute_range_length}. */
    private static BigInteger computeLength(BigInteger lo, BigInteger hi, BigInteger step) {
        if (step.signum() > 0) {
            return lo.compareTo(hi) < 0 ? hi.subtract(lo).subtract(BigInteger.ONE).divide(step).add(BigInteger.ONE) : BigInteger.ZERO;
        }
        return lo.compareTo(hi) > 0 ? lo.subtract(hi).subtract(BigInteger.ONE).divide(step.negate()).add(BigInteger.ONE)
                : BigInteger.ZERO;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject getAttr(String name) {
        return switch (name) {
            case "start" -> start;
            case "stop" -> stop;
            case "step" -> step;
            default -> super.getAttr(name);
        };
    }

    /** {@code len(range)}: as big as a C ssize_t allows. */
    @Override
    public long len() {
        if (length.bitLength() >= 64) {
            throw PyErrors.overflowError("Python int too large to convert to C ssize_t");
        }
        return length.longValue();
    }

    @Override
    public boolean isTrue() {
        return length.signum() != 0;
    }

    @Override
    public String repr() {
        String base = "range(" + start.repr() + ", " + stop.repr();
        return (step.isSmall() && step.value == 1) ? base + ")" : base + ", " + step.repr() + ")";
    }

    @Override
    public long hash() {
        if (length.signum() == 0) {
            return PyTuple.of(PyInt.of(0), PyNone.INSTANCE, PyNone.INSTANCE).hash();
        }
        if (length.equals(BigInteger.ONE)) {
            return PyTuple.of(PyInt.of(1), start, PyNone.INSTANCE).hash();
        }
        return PyTuple.of(PyInt.of(length), start, step).hash();
    }

    @Override
    public PyObject richCompare(PyObject o, CompareOp op) {
        if (!(o instanceof PyRange r) || (op != CompareOp.EQ && op != CompareOp.NE)) {
            return PyNotImplemented.INSTANCE;
        }
        boolean eq;
        if (!length.equals(r.length)) {
            eq = false;
        } else if (length.signum() == 0) {
            eq = true;
        } else if (!start.asBig().equals(r.start.asBig())) {
            eq = false;
        } else {
            eq = length.equals(BigInteger.ONE) || step.asBig().equals(r.step.asBig());
        }
        return PyBool.of(eq == (op == CompareOp.EQ));
    }

    private PyInt item(BigInteger index) {
        if (small) {
            return PyInt.of(lStart + index.longValue() * lStep);
        }
        return PyInt.of(start.asBig().add(index.multiply(step.asBig())));
    }

    @Override
    public PyObject getItem(PyObject key) {
        key = Sequences.indexKey(key);
        if (key instanceof PyInt i) {
            BigInteger k = i.asBig();
            if (k.signum() < 0) {
                k = k.add(length);
            }
            if (k.signum() < 0 || k.compareTo(length) >= 0) {
                throw PyErrors.indexError("range object index out of range");
            }
            return item(k);
        }
        if (key instanceof PySlice s) {
            return slice(s);
        }
        throw PyErrors.typeError("range indices must be integers or slices, not %s", key.type().name());
    }

    /** A slice of a range is a range (compare CPython {@code compute_slice}). */
    private PyObject slice(PySlice s) {
        BigInteger[] r = s.bigIndices(length);
        BigInteger newStep = step.asBig().multiply(r[2]);
        BigInteger newStart = start.asBig().add(r[0].multiply(step.asBig()));
        BigInteger newStop = start.asBig().add(r[1].multiply(step.asBig()));
        return new PyRange(PyInt.of(newStart), PyInt.of(newStop), PyInt.of(newStep));
    }

    @Override
    public boolean contains(PyObject item) {
        if (item instanceof PyInt i && (item.type() == PyInt.TYPE || item.type() == PyBool.TYPE)) {
            BigInteger v = i.asBig();
            BigInteger lo = start.asBig();
            BigInteger hi = stop.asBig();
            if (step.asBig().signum() > 0 ? (v.compareTo(lo) < 0 || v.compareTo(hi) >= 0)
                    : (v.compareTo(lo) > 0 || v.compareTo(hi) <= 0)) {
                return false;
            }
            return v.subtract(lo).mod(step.asBig().abs()).signum() == 0;
        }
        return super.contains(item);
    }

    /** True for the values whose membership is decided arithmetically (exact int and bool). */
    private static boolean isExactInt(PyObject o) {
        return o.type() == PyInt.TYPE || o.type() == PyBool.TYPE;
    }

    private static void oneArgument(String name, PyObject[] a, String[] k) {
        ArgParser.noKeywords("range." + name, k);
        if (a.length != 1) {
            throw PyErrors.typeError("range.%s() takes exactly one argument (%d given)", name, a.length);
        }
    }

    /** {@code range.count(x)}: arithmetic for ints, else equality over the items (range_count). */
    private PyObject count(PyObject[] a, String[] k) {
        oneArgument("count", a, k);
        if (isExactInt(a[0])) {
            return PyInt.of(contains(a[0]) ? 1 : 0);
        }
        long n = 0;
        PyObject it = iter();
        for (PyObject x = it.next(); x != null; x = it.next()) {
            if (x == a[0] || Ops.eq(x, a[0])) {
                n++;
            }
        }
        return PyInt.of(n);
    }

    /** {@code range.index(x)}: arithmetic for ints, else a search by equality (range_index). */
    private PyObject index(PyObject[] a, String[] k) {
        oneArgument("index", a, k);
        if (isExactInt(a[0])) {
            if (!contains(a[0])) {
                throw PyErrors.valueError("%s is not in range", Ops.repr(a[0]));
            }
            return PyInt.of(((PyInt) a[0]).asBig().subtract(start.asBig()).divide(step.asBig()));
        }
        long i = 0;
        PyObject it = iter();
        for (PyObject x = it.next(); x != null; x = it.next(), i++) {
            if (x == a[0] || Ops.eq(x, a[0])) {
                return PyInt.of(i);
            }
        }
        throw PyErrors.valueError("sequence.index(x): x not in sequence");
    }

    @Override
    public PyObject iter() {
        if (small) {
            return new Iterator(lStart, lLength, lStep);
        }
        return new BigIterator(start.asBig(), length, step.asBig());
    }

    /** {@code reversed(range)} (compare CPython {@code range_reverse}): last item first, step negated. */
    PyObject reversedIter() {
        if (small && lStep != Long.MIN_VALUE) {
            return new Iterator(lStart + (lLength - 1) * lStep, lLength, -lStep);
        }
        BigInteger st = step.asBig();
        BigInteger last = start.asBig().add(length.subtract(BigInteger.ONE).max(BigInteger.ZERO).multiply(st));
        return new BigIterator(last, length, st.negate());
    }

    /** {@code range_iterator}: counts down the remaining items. */
    static final class Iterator extends PyObject implements SavableIterator {
        static final PyType TYPE = PyType.builtin("range_iterator", PyType.OBJECT, null);
        private long next;
        private long remaining;
        private final long step;
        private final long start;
        private final long count;

        Iterator(long start, long count, long step) {
            this.next = start;
            this.remaining = count;
            this.step = step;
            this.start = start;
            this.count = count;
        }

        @Override
        public PyObject reduce() {
            return IteratorState.iterAt(IteratorState.range(BigInteger.valueOf(start), BigInteger.valueOf(count),
                    BigInteger.valueOf(step)), count - Math.max(remaining, 0));
        }

        @Override
        public long lengthHint() {
            return Math.max(remaining, 0);
        }

        @Override
        public void setState(long index) {
            long i = IteratorState.clamp(index, count);
            next = start + i * step;
            remaining = count - i;
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
            if (remaining <= 0) {
                return null;
            }
            remaining--;
            // A range can be long without taking memory: builtins that consume one (sum,
            // max, any, ...) count against the CPU budget through here.
            CpuBudget.tick();
            long v = next;
            next += step;
            return PyInt.of(v);
        }
    }

    /** {@code longrange_iterator}, for bounds beyond a long. */
    static final class BigIterator extends PyObject implements SavableIterator {
        static final PyType TYPE = PyType.builtin("longrange_iterator", PyType.OBJECT, null);
        private BigInteger next;
        private BigInteger remaining;
        private final BigInteger step;
        private final BigInteger start;
        private final BigInteger count;

        BigIterator(BigInteger start, BigInteger count, BigInteger step) {
            this.next = start;
            this.remaining = count;
            this.step = step;
            this.start = start;
            this.count = count;
        }

        @Override
        public PyObject reduce() {
            BigInteger left = remaining.max(BigInteger.ZERO);
            PyObject range = IteratorState.range(start, count, step);
            return PyTuple.of(IteratorState.builtinIter(), PyTuple.of(range), PyInt.of(count.subtract(left)));
        }

        @Override
        public long lengthHint() {
            return remaining.max(BigInteger.ZERO).min(BigInteger.valueOf(Long.MAX_VALUE)).longValue();
        }

        @Override
        public PyObject lengthHintObject() {
            return PyInt.of(remaining.max(BigInteger.ZERO));
        }

        @Override
        public void setState(long index) {
            BigInteger i = BigInteger.valueOf(Math.max(index, 0)).min(count.max(BigInteger.ZERO));
            next = start.add(i.multiply(step));
            remaining = count.subtract(i);
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
            if (remaining.signum() <= 0) {
                return null;
            }
            remaining = remaining.subtract(BigInteger.ONE);
            CpuBudget.tick();
            BigInteger v = next;
            next = next.add(step);
            return PyInt.of(v);
        }
    }
}
