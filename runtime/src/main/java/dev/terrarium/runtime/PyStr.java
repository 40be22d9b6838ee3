package dev.terrarium.runtime;

import dev.terrarium.runtime.text.StrRepr;

/**
 * Python {@code str}: a sequence of Unicode code points, held as a Java String. Lengths
 * and indices count code points, not UTF-16 units ({@code len('😀') == 1}); strings
 * without surrogate pairs, the common case, index the Java string directly.
 */
public class PyStr extends PyObject {
    public static final PyType TYPE = PyType.builtin("str", PyType.OBJECT, PyStr::construct);

    private static final PyStr EMPTY = new PyStr("");
    private static final PyStr[] LATIN1 = new PyStr[256];

    static {
        for (int i = 0; i < LATIN1.length; i++) {
            LATIN1[i] = new PyStr(String.valueOf((char) i));
        }
        StrMethods.install(TYPE);
        StrEncoding.install(TYPE);
    }

    private final String value;
    /** Number of code points, or -1 until first needed. */
    private int codePoints = -1;
    private long hash;
    private boolean hashed;

    PyStr(String value) {
        this.value = value;
    }

    public static PyStr of(String s) {
        if (s.length() <= 1) {
            if (s.isEmpty()) {
                return EMPTY;
            }
            char c = s.charAt(0);
            if (c < 256) {
                return LATIN1[c];
            }
        }
        return new PyStr(s);
    }

    /** The one-code-point string for {@code cp}. */
    public static PyStr ofCodePoint(int cp) {
        return cp < 256 ? LATIN1[cp] : new PyStr(new String(Character.toChars(cp)));
    }

    public String value() {
        return value;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** {@code str(object='', encoding='utf-8', errors='strict')} (compare CPython unicode_new_impl). */
    static PyObject construct(PyType type, PyObject[] args, String[] kwnames) {
        if (kwnames == null && args.length <= 1) {
            return args.length == 0 ? EMPTY : of(Ops.str(args[0]));
        }
        PyObject[] p = StrSearch.bindKeywords("str", args, kwnames, "object", "encoding", "errors");
        if (p[1] == null && p[2] == null) {
            return p[0] == null ? EMPTY : of(Ops.str(p[0]));
        }
        String encoding = StrEncoding.textArg("str", "encoding", p[1], "utf-8");
        String errors = StrEncoding.textArg("str", "errors", p[2], "strict");
        if (p[0] == null) {
            return EMPTY;
        }
        return of(StrEncoding.decodeObject(p[0], encoding, errors));
    }

    /** Code point count. */
    public int length() {
        int n = codePoints;
        if (n < 0) {
            n = value.codePointCount(0, value.length());
            codePoints = n;
        }
        return n;
    }

    private boolean isSimple() {
        return length() == value.length();
    }

    /** The code point at code point index {@code i} (0 <= i < length). */
    public int codePointAt(int i) {
        return isSimple() ? value.charAt(i) : value.codePointAt(value.offsetByCodePoints(0, i));
    }

    /** Code points {@code [start, end)} as a new str. */
    public PyStr substring(int start, int end) {
        if (isSimple()) {
            return of(value.substring(start, end));
        }
        int s = value.offsetByCodePoints(0, start);
        int e = value.offsetByCodePoints(s, end - start);
        return of(value.substring(s, e));
    }

    @Override
    public String repr() {
        return StrRepr.repr(value);
    }

    @Override
    public String str() {
        return value;
    }

    @Override
    public String format(String spec) {
        return Formatter.formatStr(value, spec);
    }

    @Override
    public boolean isTrue() {
        return !value.isEmpty();
    }

    @Override
    public long len() {
        return length();
    }

    @Override
    public long hash() {
        if (!hashed) {
            // CPython's SipHash-1-3 with the key of PYTHONHASHSEED=0: deterministic across runs.
            hash = StringHash.ofString(value);
            hashed = true;
        }
        return hash;
    }

    @Override
    public boolean equals(Object o) {
        if (o instanceof PyStr s && !DerivedSlots.isDerived(s)) {
            return value.equals(s.value);
        }
        return super.equals(o);
    }

    @Override
    public int hashCode() {
        return (int) hash();
    }

    @Override
    public PyObject add(PyObject o) {
        if (o instanceof PyStr s) {
            Budget.checkBytes(2L * (value.length() + s.value.length()));
            return of(value.concat(s.value));
        }
        return PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject mul(PyObject o) {
        if (o instanceof PyInt i) {
            return repeat(i);
        }
        return PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject rmul(PyObject o) {
        // not mul(o): a subclass's __mul__ must not answer for __rmul__
        return o instanceof PyInt i ? repeat(i) : PyNotImplemented.INSTANCE;
    }

    private PyObject repeat(PyInt times) {
        if (!times.isSmall()) {
            if (times.asBig().signum() < 0 || value.isEmpty()) {
                return EMPTY;
            }
            throw PyErrors.overflowError("cannot fit 'int' into an index-sized integer");
        }
        long n = times.value;
        if (n <= 0 || value.isEmpty()) {
            return EMPTY;
        }
        Budget.checkBytes(2L * value.length() * n);
        return of(value.repeat((int) n));
    }

    @Override
    public PyObject mod(PyObject o) {
        return of(PercentFormat.format(value, o));
    }

    @Override
    public PyObject richCompare(PyObject o, CompareOp op) {
        if (o instanceof PyStr s) {
            return PyBool.of(op.test(compareCodePoints(value, s.value)));
        }
        return PyNotImplemented.INSTANCE;
    }

    /** Code point order (Java's compareTo orders UTF-16 units, which differs for surrogates). */
    static int compareCodePoints(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                if (Character.isSurrogate(x) || Character.isSurrogate(y)) {
                    return Integer.compare(a.codePointAt(i), b.codePointAt(i));
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }

    @Override
    public boolean contains(PyObject item) {
        if (item instanceof PyStr s) {
            return StrSearch.indexOf(value, s.value, 0) >= 0;
        }
        throw PyErrors.typeError("'in <string>' requires string as left operand, not %s", item.type().name());
    }

    @Override
    public PyObject getItem(PyObject key) {
        key = Sequences.indexKey(key);
        if (key instanceof PyInt i) {
            int n = length();
            if (!i.isSmall()) {
                throw PyErrors.indexError("cannot fit 'int' into an index-sized integer");
            }
            long k = i.value;
            if (k < 0) {
                k += n;
            }
            if (k < 0 || k >= n) {
                throw PyErrors.indexError("string index out of range");
            }
            return ofCodePoint(codePointAt((int) k));
        }
        if (key instanceof PySlice s) {
            int[] r = s.indices(length());
            int start = r[0];
            int stop = r[1];
            int step = r[2];
            if (step == 1) {
                return stop <= start ? EMPTY : substring(start, stop);
            }
            StringBuilder b = new StringBuilder();
            for (int k = start; step > 0 ? k < stop : k > stop; k += step) {
                b.appendCodePoint(codePointAt(k));
            }
            return of(b.toString());
        }
        throw PyErrors.typeError("string indices must be integers, not '%s'", key.type().name());
    }

    @Override
    public PyObject iter() {
        return new PyStrIterator(this);
    }

    /** Iterator over the code points of a str. */
    static final class PyStrIterator extends PyObject implements SavableIterator {
        static final PyType TYPE = PyType.builtin("str_ascii_iterator", PyType.OBJECT, null);
        private final PyStr s;
        private int index;

        PyStrIterator(PyStr s) {
            this.s = s;
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
            if (index >= s.length()) {
                index = Integer.MAX_VALUE; // exhausted for good, as CPython's drops the string
                return null;
            }
            return ofCodePoint(s.codePointAt(index++));
        }

        @Override
        public PyObject reduce() {
            return index == Integer.MAX_VALUE ? IteratorState.iterOf(PyStr.of("")) : IteratorState.iterAt(s, index);
        }

        @Override
        public long lengthHint() {
            return index == Integer.MAX_VALUE ? 0 : s.length() - index;
        }

        @Override
        public void setState(long state) {
            if (index != Integer.MAX_VALUE) {
                index = (int) IteratorState.clamp(state, s.length());
            }
        }
    }
}
