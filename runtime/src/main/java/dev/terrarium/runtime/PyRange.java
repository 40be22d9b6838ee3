package dev.terrarium.runtime;

/** Python {@code range} over longs (bounds beyond a long arrive with issue 5). */
public final class PyRange extends PyObject {
    public static final PyType TYPE = PyType.builtin("range", PyType.OBJECT, PyRange::construct);

    public final long start;
    public final long stop;
    public final long step;

    public PyRange(long start, long stop, long step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    static PyObject construct(PyType type, PyObject[] a, String[] k) {
        ArgParser.noKeywords("range", k);
        if (a.length == 0) {
            throw PyErrors.typeError("range expected at least 1 argument, got 0");
        }
        if (a.length > 3) {
            throw PyErrors.typeError("range expected at most 3 arguments, got %d", a.length);
        }
        long start = 0;
        long stop;
        long step = 1;
        if (a.length == 1) {
            stop = ArgParser.index(a[0]).asLong();
        } else {
            start = ArgParser.index(a[0]).asLong();
            stop = ArgParser.index(a[1]).asLong();
            if (a.length == 3) {
                step = ArgParser.index(a[2]).asLong();
                if (step == 0) {
                    throw PyErrors.valueError("range() arg 3 must not be zero");
                }
            }
        }
        return new PyRange(start, stop, step);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** Number of items, as CPython's {@code compute_range_length}. */
    public long length() {
        if (step > 0) {
            return start < stop ? (stop - start - 1) / step + 1 : 0;
        }
        return start > stop ? (start - stop - 1) / -step + 1 : 0;
    }

    @Override
    public int len() {
        long n = length();
        if (n > Integer.MAX_VALUE) {
            throw PyErrors.overflowError("Python int too large to convert to C ssize_t");
        }
        return (int) n;
    }

    @Override
    public boolean isTrue() {
        return length() != 0;
    }

    @Override
    public String repr() {
        return step == 1 ? "range(" + start + ", " + stop + ")" : "range(" + start + ", " + stop + ", " + step + ")";
    }

    @Override
    public PyObject getItem(PyObject key) {
        if (key instanceof PyInt i) {
            long n = length();
            long k = i.isSmall() ? i.value : (i.asBig().signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE);
            if (k < 0) {
                k += n;
            }
            if (k < 0 || k >= n) {
                throw PyErrors.indexError("range object index out of range");
            }
            return PyInt.of(start + k * step);
        }
        throw PyErrors.typeError("range indices must be integers or slices, not %s", key.type().name());
    }

    @Override
    public boolean contains(PyObject item) {
        if (item instanceof PyInt i && !(item instanceof PyBool) && i.isSmall()) {
            long v = i.value;
            if (step > 0 ? (v < start || v >= stop) : (v > start || v <= stop)) {
                return false;
            }
            return (v - start) % step == 0;
        }
        return super.contains(item);
    }

    @Override
    public PyObject iter() {
        return new Iterator(start, length(), step);
    }

    /** {@code range_iterator}: counts down the remaining items. */
    static final class Iterator extends PyObject {
        static final PyType TYPE = PyType.builtin("range_iterator", PyType.OBJECT, null);
        private long next;
        private long remaining;
        private final long step;

        Iterator(long start, long count, long step) {
            this.next = start;
            this.remaining = count;
            this.step = step;
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
            long v = next;
            next += step;
            return PyInt.of(v);
        }
    }
}
