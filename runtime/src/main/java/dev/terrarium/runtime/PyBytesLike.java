package dev.terrarium.runtime;

import dev.terrarium.runtime.text.StrRepr;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * What {@code bytes} and {@code bytearray} share: a run of bytes, indexing to ints,
 * slicing, concatenation, repetition, comparison, membership and iteration. Results of
 * an operation have the type of the left operand, as in CPython.
 */
public abstract class PyBytesLike extends PyObject implements BufferExporter {

    /** The backing array; only the first {@link #length()} bytes are the value. */
    abstract byte[] array();

    public abstract int length();

    /** A new object of this type holding {@code b} (owned). */
    abstract PyBytesLike make(byte[] b);

    @Override
    public byte[] exportArray() {
        return array();
    }

    @Override
    public int exportLength() {
        return length();
    }

    /** Exports of immutable bytes need no counting: nothing can resize them. */
    @Override
    public boolean exportReadonly() {
        return true;
    }

    @Override
    public void acquireExport() {}

    @Override
    public void releaseExport() {}

    public int byteAt(int i) {
        return array()[i] & 0xFF;
    }

    /** A copy of the value. */
    public byte[] toByteArray() {
        return Arrays.copyOf(array(), length());
    }

    /** The value as a Latin-1 Java string: one char per byte, for searching and slicing. */
    String latin1() {
        return new String(array(), 0, length(), StandardCharsets.ISO_8859_1);
    }

    static byte[] fromLatin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The bytes of a bytes-like argument, or null if {@code o} is not bytes-like. */
    static byte[] bytesOf(PyObject o) {
        return Buffers.bytesOf(o);
    }

    String bytesRepr() {
        return StrRepr.bytesRepr(array(), 0, length());
    }

    @Override
    public String str() {
        return repr();
    }

    @Override
    public boolean isTrue() {
        return length() != 0;
    }

    @Override
    public long len() {
        return length();
    }

    @Override
    public PyObject getItem(PyObject key) {
        key = Sequences.indexKey(key);
        if (key instanceof PyInt i) {
            return PyInt.of(byteAt(Sequences.index(i, length(), this instanceof PyBytes ? "index out of range"
                    : "bytearray index out of range")));
        }
        if (key instanceof PySlice s) {
            int[] r = s.indices(length());
            int n = PySlice.sliceLength(r[0], r[1], r[2]);
            byte[] out = new byte[n];
            byte[] a = array();
            for (int i = 0, k = r[0]; i < n; i++, k += r[2]) {
                out[i] = a[k];
            }
            return make(out);
        }
        throw PyErrors.typeError("%s indices must be integers or slices, not %s",
                this instanceof PyBytes ? "byte" : "bytearray", key.type().name());
    }

    @Override
    public PyObject add(PyObject o) {
        if (o instanceof PyMemoryView m && !m.isReleased()) {
            byte[] more = m.toBytes();
            Budget.checkBytes((long) length() + more.length);
            byte[] r = Arrays.copyOf(array(), length() + more.length);
            System.arraycopy(more, 0, r, length(), more.length);
            return make(r);
        }
        if (o instanceof PyBytesLike b) {
            Budget.checkBytes((long) length() + b.length());
            byte[] r = Arrays.copyOf(array(), length() + b.length());
            System.arraycopy(b.array(), 0, r, length(), b.length());
            return make(r);
        }
        PyObject r = o.radd(this);
        if (r != PyNotImplemented.INSTANCE) {
            return r;
        }
        throw PyErrors.typeError("can't concat %s to %s", o.type().name(), type().name());
    }

    /** {@code bytes % args}: printf-style formatting with bytes semantics (see {@link PercentFormat}). */
    @Override
    public PyObject mod(PyObject o) {
        return make(PercentFormat.formatBytes(this, o));
    }

    @Override
    public PyObject mul(PyObject o) {
        return repeat(o);
    }

    private PyObject repeat(PyObject o) {
        if (o instanceof PyInstance && o.type().lookup("__index__") != null) {
            o = ArgParser.index(o);
        }
        if (!(o instanceof PyInt n)) {
            PyObject r = o.rmul(this);
            if (r != PyNotImplemented.INSTANCE) {
                return r;
            }
            throw PyErrors.typeError("can't multiply sequence by non-int of type '%s'", o.type().name());
        }
        long times = n.isSmall() ? n.value : (n.asBig().signum() < 0 ? 0 : Long.MAX_VALUE);
        int len = length();
        if (times <= 0 || len == 0) {
            return make(new byte[0]);
        }
        if (times > Integer.MAX_VALUE || len * times > Integer.MAX_VALUE - 8) {
            throw PyErrors.memoryError();
        }
        Budget.checkBytes(len * times);
        byte[] r = new byte[(int) (len * times)];
        for (int i = 0; i < times; i++) {
            System.arraycopy(array(), 0, r, i * len, len);
        }
        return make(r);
    }

    /** {@code n * b}: only an int repeats (anything else would bounce back to the other operand). */
    @Override
    public PyObject rmul(PyObject o) {
        // not mul(o): a subclass's __mul__ must not answer for __rmul__; and a non-index must not
        // bounce back to the other operand (b'a' * b'b' would never end)
        if (!SequenceExtras.isIndex(o)) {
            // CPython tries the left operand's sq_repeat first: [1] * b'a' names bytes
            boolean leftRepeats = o instanceof PyStr || o instanceof PyList || o instanceof PyTuple || o instanceof PyBytesLike;
            throw PyErrors.typeError("can't multiply sequence by non-int of type '%s'", (leftRepeats ? this : o).type().name());
        }
        return repeat(o);
    }

    /** Compare CPython {@code bytes_richcompare}: unsigned, lexicographic. */
    @Override
    public PyObject richCompare(PyObject o, CompareOp op) {
        if (!(o instanceof PyBytesLike b)) {
            return PyNotImplemented.INSTANCE;
        }
        int c = Arrays.compareUnsigned(array(), 0, length(), b.array(), 0, b.length());
        return PyBool.of(op.test(Integer.signum(c)));
    }

    /** {@code x in b}: an int in range(256), or a bytes-like subsequence. */
    @Override
    public boolean contains(PyObject item) {
        if (item instanceof PyInt i) {
            int v = byteValue(i);
            byte[] a = array();
            for (int k = 0; k < length(); k++) {
                if ((a[k] & 0xFF) == v) {
                    return true;
                }
            }
            return false;
        }
        String sub = Buffers.latin1Of(item);
        if (sub != null) {
            return latin1().contains(sub);
        }
        throw PyErrors.typeError("a bytes-like object is required, not '%s'", item.type().name());
    }

    /** An int as a byte value, with CPython's "byte must be in range(0, 256)". */
    static int byteValue(PyInt i) {
        if (!i.isSmall() || i.value < 0 || i.value > 255) {
            throw PyErrors.valueError("byte must be in range(0, 256)");
        }
        return (int) i.value;
    }

    @Override
    public PyObject iter() {
        return new Iterator(this);
    }

    /** {@code bytes_iterator} / {@code bytearray_iterator}: live over the object. */
    static final class Iterator extends PyObject implements SavableIterator {
        static final PyType BYTES = PyType.builtin("bytes_iterator", PyType.OBJECT, null);
        static final PyType BYTEARRAY = PyType.builtin("bytearray_iterator", PyType.OBJECT, null);

        private final PyBytesLike seq;
        private int index;

        Iterator(PyBytesLike seq) {
            this.seq = seq;
        }

        @Override
        public PyType type() {
            return seq instanceof PyBytes ? BYTES : BYTEARRAY;
        }

        @Override
        public PyObject iter() {
            return this;
        }

        @Override
        public PyObject next() {
            if (index < seq.length()) {
                return PyInt.of(seq.byteAt(index++));
            }
            index = Integer.MAX_VALUE; // exhausted for good, as CPython's drops the sequence
            return null;
        }

        @Override
        public PyObject reduce() {
            return index == Integer.MAX_VALUE ? IteratorState.iterOf(PyTuple.EMPTY) : IteratorState.iterAt(seq, index);
        }

        @Override
        public long lengthHint() {
            return index == Integer.MAX_VALUE ? 0 : Math.max(0, seq.length() - index);
        }

        @Override
        public void setState(long state) {
            if (index != Integer.MAX_VALUE) {
                index = (int) IteratorState.clamp(state, seq.length());
            }
        }
    }

    /**
     * The value for {@code bytes(source, encoding, errors)} / {@code bytearray(...)}
     * (compare CPython {@code bytes_new_impl}); {@code what} names the type in messages.
     */
    static byte[] fromSource(String what, PyObject[] args, String[] kwnames) {
        int npos = ArgParser.positionalCount(args, kwnames);
        if (args.length > 3) {
            throw PyErrors.typeError("%s() takes at most 3 arguments (%d given)", what, args.length);
        }
        PyObject source = npos > 0 ? args[0] : null;
        PyObject encoding = npos > 1 ? args[1] : null;
        PyObject errors = npos > 2 ? args[2] : null;
        if (kwnames != null) {
            for (int k = 0; k < kwnames.length; k++) {
                PyObject v = args[npos + k];
                switch (kwnames[k]) {
                    case "source":
                        if (source != null) {
                            throw PyErrors.typeError("argument for %s() given by name ('source') and position (1)", what);
                        }
                        source = v;
                        break;
                    case "encoding":
                        if (encoding != null) {
                            throw PyErrors.typeError("argument for %s() given by name ('encoding') and position (2)", what);
                        }
                        encoding = v;
                        break;
                    case "errors":
                        if (errors != null) {
                            throw PyErrors.typeError("argument for %s() given by name ('errors') and position (3)", what);
                        }
                        errors = v;
                        break;
                    default:
                        throw PyErrors.typeError("'%s' is an invalid keyword argument for %s()", kwnames[k], what);
                }
            }
        }
        if (encoding != null && !(encoding instanceof PyStr)) {
            throw PyErrors.typeError("%s() argument 'encoding' must be str, not %s", what, encoding.type().name());
        }
        if (errors != null && !(errors instanceof PyStr)) {
            throw PyErrors.typeError("%s() argument 'errors' must be str, not %s", what, errors.type().name());
        }
        if (source == null) {
            if (encoding != null) {
                throw PyErrors.typeError("encoding without a string argument");
            }
            if (errors != null) {
                throw PyErrors.typeError("errors without a string argument");
            }
            return new byte[0];
        }
        if (what.equals("bytes") && source instanceof PyInstance && source.type().lookup("__bytes__") != null) {
            PyObject r = Special.call0(source, "__bytes__");
            if (!(r instanceof PyBytes b)) {
                throw PyErrors.typeError("__bytes__ returned non-bytes (type %s)", r.type().name());
            }
            return b.toByteArray();
        }
        if (source instanceof PyStr s) {
            if (encoding == null) {
                throw PyErrors.typeError("string argument without an encoding");
            }
            return Codecs.encode(s.value(), ((PyStr) encoding).value(), errors == null ? "strict" : ((PyStr) errors).value());
        }
        if (encoding != null) {
            throw PyErrors.typeError("encoding without a string argument");
        }
        if (errors != null) {
            throw PyErrors.typeError("errors without a string argument");
        }
        if (Buffers.isBytesLike(source)) {
            return Buffers.bytesOf(source);
        }
        if (source instanceof PyInstance && source.type().lookup("__index__") != null) {
            source = ArgParser.index(source);
        }
        if (source instanceof PyInt n) {
            if (n.isSmall() && n.value < 0 || !n.isSmall() && n.asBig().signum() < 0) {
                throw PyErrors.valueError("negative count");
            }
            if (!n.isSmall() || n.value > Integer.MAX_VALUE - 8) {
                throw n.isSmall() ? PyErrors.memoryError()
                        : PyErrors.overflowError("cannot fit 'int' into an index-sized integer");
            }
            Budget.checkBytes(n.value);
            return new byte[(int) n.value];
        }
        PyObject it;
        try {
            it = Ops.iter(source);
        } catch (PyException e) {
            if (e.matches(PyExc.TypeError)) {
                throw PyErrors.typeError("cannot convert '%s' object to %s", source.type().name(), what);
            }
            throw e;
        }
        return fromIterator(it, what.equals("bytes") ? "bytes must be in range(0, 256)" : "byte must be in range(0, 256)");
    }

    /** The ints an iterator yields as bytes; {@code rangeMessage} is the ValueError for one outside range(256). */
    static byte[] fromIterator(PyObject it, String rangeMessage) {
        ByteBuilder out = new ByteBuilder(16);
        for (PyObject x = it.next(); x != null; x = it.next()) {
            PyInt i = ArgParser.index(x);
            if (!i.isSmall() || i.value < 0 || i.value > 255) {
                throw PyErrors.valueError(rangeMessage);
            }
            out.write((int) i.value);
        }
        return out.toByteArray();
    }
}
