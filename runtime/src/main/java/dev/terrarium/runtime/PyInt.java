package dev.terrarium.runtime;

import java.math.BigInteger;

/**
 * Python {@code int}: arbitrary precision with a {@code long} fast path. A value that fits
 * in a long is held in {@link #value} with {@link #big} null; only larger values carry a
 * BigInteger. Every operation normalises its result, so "fits in a long" and
 * "{@code big == null}" always agree. Small values are cached as CPython caches -5..256.
 */
public class PyInt extends PyObject {
    public static final PyType TYPE = PyType.builtin("int", PyType.OBJECT, IntConstructor::construct);

    private static final int CACHE_LOW = -5;
    private static final int CACHE_HIGH = 1024;
    private static final PyInt[] CACHE = new PyInt[CACHE_HIGH - CACHE_LOW + 1];

    static {
        for (int i = 0; i < CACHE.length; i++) {
            CACHE[i] = new PyInt(i + CACHE_LOW);
        }
        NumberMethods.installInt(TYPE);
    }

    @Override
    public PyObject getAttr(String name) {
        PyObject v = NumberMethods.intAttribute(this, name);
        return v != null ? v : super.getAttr(name);
    }

    /** CPython's hash modulus for numbers: 2**61 - 1 (compare {@code _PyHASH_MODULUS}). */
    static final long HASH_MODULUS = (1L << 61) - 1;
    private static final BigInteger BIG_HASH_MODULUS = BigInteger.valueOf(HASH_MODULUS);
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    /** The value when it fits in a long (then {@link #big} is null). */
    public final long value;
    /** The value when it does not fit in a long, else null. */
    public final BigInteger big;

    protected PyInt(long value) {
        this.value = value;
        this.big = null;
    }

    /** A copy of {@code v}'s value (for an instance of a class deriving from int). */
    PyInt(PyInt v) {
        this.value = v.value;
        this.big = v.big;
    }

    private PyInt(BigInteger big) {
        this.value = 0;
        this.big = big;
    }

    public static PyInt of(long v) {
        if (v >= CACHE_LOW && v <= CACHE_HIGH) {
            return CACHE[(int) v - CACHE_LOW];
        }
        return new PyInt(v);
    }

    public static PyInt of(BigInteger b) {
        if (b.bitLength() < 64) {
            return of(b.longValue());
        }
        return new PyInt(b);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public boolean isSmall() {
        return big == null;
    }

    public BigInteger asBig() {
        return big != null ? big : BigInteger.valueOf(value);
    }

    /** The value as a Java int, or OverflowError with CPython's message. */
    public int asInt() {
        if (big == null && value == (int) value) {
            return (int) value;
        }
        throw PyErrors.overflowError("Python int too large to convert to C int");
    }

    /** The value as a Java long, or OverflowError with CPython's message. */
    public long asLong() {
        if (big == null) {
            return value;
        }
        throw PyErrors.overflowError("Python int too large to convert to C long");
    }

    /** The value as a double, or OverflowError as CPython's {@code PyLong_AsDouble}. */
    public double asDouble() {
        if (big == null) {
            return value;
        }
        double d = big.doubleValue();
        if (Double.isInfinite(d)) {
            throw PyErrors.overflowError("int too large to convert to float");
        }
        return d;
    }

    // ---- conversions ------------------------------------------------------------------

    @Override
    public String repr() {
        if (big == null) {
            return Long.toString(value);
        }
        IntLimits.checkToStr(big);
        return big.toString();
    }

    @Override
    public String format(String spec) {
        return Formatter.formatInt(this, spec, "int");
    }

    @Override
    public boolean isTrue() {
        return big != null || value != 0;
    }

    /** Compare CPython {@code long_hash}: the value modulo 2**61-1, keeping the sign; -1 becomes -2. */
    @Override
    public long hash() {
        long h;
        if (big == null) {
            if (value == Long.MIN_VALUE) {
                h = -hashOfMagnitude(BigInteger.valueOf(value).negate());
            } else {
                long m = Math.abs(value) % HASH_MODULUS;
                h = value < 0 ? -m : m;
            }
        } else {
            long m = hashOfMagnitude(big.abs());
            h = big.signum() < 0 ? -m : m;
        }
        return h == -1 ? -2 : h;
    }

    private static long hashOfMagnitude(BigInteger magnitude) {
        return magnitude.mod(BIG_HASH_MODULUS).longValue();
    }

    @Override
    public boolean equals(Object o) {
        if (o instanceof PyInt other && big == null && other.big == null && !DerivedSlots.isDerived(other)) {
            return value == other.value;
        }
        return super.equals(o);
    }

    @Override
    public int hashCode() {
        return big == null && value != -1 && Math.abs(value) < HASH_MODULUS ? Long.hashCode(value) : super.hashCode();
    }

    // ---- arithmetic -------------------------------------------------------------------

    static PyInt add(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long r = a.value + b.value;
            if (((a.value ^ r) & (b.value ^ r)) >= 0) {
                return of(r);
            }
        }
        return of(a.asBig().add(b.asBig()));
    }

    static PyInt sub(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long r = a.value - b.value;
            if (((a.value ^ b.value) & (a.value ^ r)) >= 0) {
                return of(r);
            }
        }
        return of(a.asBig().subtract(b.asBig()));
    }

    static PyInt mul(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long hi = Math.multiplyHigh(a.value, b.value);
            long lo = a.value * b.value;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                return of(lo);
            }
        }
        BigInteger x = a.asBig();
        BigInteger y = b.asBig();
        Budget.checkIntBits((long) x.bitLength() + y.bitLength());
        CpuBudget.charge(multiplyWork(x.bitLength(), y.bitLength()));
        return of(x.multiply(y));
    }

    /** Floor division, rounding toward negative infinity as Python does. */
    static PyInt floorDiv(PyInt a, PyInt b) {
        if (b.big == null && b.value == 0) {
            throw PyErrors.zeroDivision("integer division or modulo by zero");
        }
        if (a.big == null && b.big == null && !(a.value == Long.MIN_VALUE && b.value == -1)) {
            return of(Math.floorDiv(a.value, b.value));
        }
        BigInteger[] qr = a.asBig().divideAndRemainder(b.asBig());
        BigInteger q = qr[0];
        if (qr[1].signum() != 0 && qr[1].signum() != b.asBig().signum()) {
            q = q.subtract(BigInteger.ONE);
        }
        return of(q);
    }

    /** Modulo with the sign of the divisor, as Python does. */
    static PyInt mod(PyInt a, PyInt b) {
        if (b.big == null && b.value == 0) {
            throw PyErrors.zeroDivision("integer modulo by zero");
        }
        if (a.big == null && b.big == null) {
            return b.value == -1 ? of(0) : of(Math.floorMod(a.value, b.value));
        }
        BigInteger r = a.asBig().mod(b.asBig().abs());
        if (b.asBig().signum() < 0 && r.signum() != 0) {
            r = r.add(b.asBig());
        }
        return of(r);
    }

    /** True division: correctly rounded, as CPython's {@code long_true_divide}. */
    static PyObject trueDiv(PyInt a, PyInt b) {
        if (b.big == null && b.value == 0) {
            throw PyErrors.zeroDivision("division by zero");
        }
        final long exact = 1L << 53;
        if (a.big == null && b.big == null && Math.abs(a.value) <= exact && Math.abs(b.value) <= exact) {
            return new PyFloat((double) a.value / (double) b.value);
        }
        return new PyFloat(IntDivision.correctlyRounded(a.asBig(), b.asBig()));
    }

    static PyObject pow(PyInt a, PyInt b) {
        if (b.big != null || b.value < 0) {
            if (b.asBig().signum() < 0) {
                double base = a.asDouble();
                if (base == 0.0) {
                    throw PyErrors.zeroDivision("0.0 cannot be raised to a negative power");
                }
                return PyFloat.pow(base, b.asDouble());
            }
        }
        if (b.big != null) {
            // Only 0, 1 and -1 can be raised to such a power without exhausting memory.
            if (a.big == null && (a.value == 0 || a.value == 1)) {
                return a;
            }
            if (a.big == null && a.value == -1) {
                return of(b.big.testBit(0) ? -1 : 1);
            }
            throw PyErrors.memoryError();
        }
        long e = b.value;
        if (a.big == null) {
            long base = a.value;
            long result = 1;
            boolean overflow = false;
            long x = base;
            long n = e;
            while (n > 0) {
                if ((n & 1) != 0) {
                    long hi = Math.multiplyHigh(result, x);
                    long lo = result * x;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                        overflow = true;
                        break;
                    }
                    result = lo;
                }
                n >>= 1;
                if (n > 0) {
                    long hi = Math.multiplyHigh(x, x);
                    long lo = x * x;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                        overflow = true;
                        break;
                    }
                    x = lo;
                }
            }
            if (!overflow) {
                return of(result);
            }
        }
        BigInteger base = a.asBig();
        Budget.checkIntBits(base.abs().bitLength() * e);
        if (e > Integer.MAX_VALUE) {
            throw PyErrors.memoryError();
        }
        long resultBits = base.abs().bitLength() * e;
        CpuBudget.charge(2 * multiplyWork(resultBits / 2, resultBits / 2));
        return of(base.pow((int) e));
    }

    static PyInt lshift(PyInt a, PyInt b) {
        if (b.asBig().signum() < 0) {
            throw PyErrors.valueError("negative shift count");
        }
        if (!a.isTrue()) {
            return of(0);
        }
        if (b.big != null) {
            throw PyErrors.overflowError("too many digits in integer");
        }
        long n = b.value;
        if (a.big == null && n < 63) {
            long r = a.value << n;
            if (r >> n == a.value) {
                return of(r);
            }
        }
        Budget.checkIntBits(a.asBig().bitLength() + n);
        return of(a.asBig().shiftLeft((int) n));
    }

    static PyInt rshift(PyInt a, PyInt b) {
        if (b.asBig().signum() < 0) {
            throw PyErrors.valueError("negative shift count");
        }
        if (b.big != null || b.value >= Integer.MAX_VALUE) {
            return of(a.asBig().signum() < 0 ? -1 : 0);
        }
        if (a.big == null) {
            return of(b.value >= 64 ? (a.value < 0 ? -1 : 0) : a.value >> b.value);
        }
        return of(a.big.shiftRight((int) b.value));
    }

    static int compare(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            return Long.compare(a.value, b.value);
        }
        return a.asBig().compareTo(b.asBig());
    }

    @Override
    public PyObject add(PyObject o) {
        return o instanceof PyInt i ? add(this, i) : PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject radd(PyObject o) {
        return o instanceof PyInt i ? add(i, this) : PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject sub(PyObject o) {
        return o instanceof PyInt i ? sub(this, i) : PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject rsub(PyObject o) {
        return o instanceof PyInt i ? sub(i, this) : PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject mul(PyObject o) {
        return o instanceof PyInt i ? mul(this, i) : PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject rmul(PyObject o) {
        return o instanceof PyInt i ? mul(i, this) : PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject truediv(PyObject o) {
        return o instanceof PyInt i ? trueDiv(this, i) : PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject rtruediv(PyObject o) {
        return o instanceof PyInt i ? trueDiv(i, this) : PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject floordiv(PyObject o) {
        return o instanceof PyInt i ? floorDiv(this, i) : PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject rfloordiv(PyObject o) {
        return o instanceof PyInt i ? floorDiv(i, this) : PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject mod(PyObject o) {
        return o instanceof PyInt i ? mod(this, i) : PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject rmod(PyObject o) {
        return o instanceof PyInt i ? mod(i, this) : PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject pow(PyObject o) {
        return o instanceof PyInt i ? pow(this, i) : PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject rpow(PyObject o) {
        return o instanceof PyInt i ? pow(i, this) : PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject lshift(PyObject o) {
        return o instanceof PyInt i ? lshift(this, i) : PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject rlshift(PyObject o) {
        return o instanceof PyInt i ? lshift(i, this) : PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject rshift(PyObject o) {
        return o instanceof PyInt i ? rshift(this, i) : PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject rrshift(PyObject o) {
        return o instanceof PyInt i ? rshift(i, this) : PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject and(PyObject o) {
        return o instanceof PyInt i ? bitAnd(this, i) : PyNotImplemented.INSTANCE;
    }

    // (not and(o): a subclass's override of __and__ must not answer for __rand__)
    @Override
    public PyObject rand(PyObject o) {
        return o instanceof PyInt i ? bitAnd(i, this) : PyNotImplemented.INSTANCE;
    }

    private static PyInt bitAnd(PyInt a, PyInt b) {
        return a.big == null && b.big == null ? of(a.value & b.value) : of(a.asBig().and(b.asBig()));
    }

    @Override
    public PyObject or(PyObject o) {
        return o instanceof PyInt i ? bitOr(this, i) : PyNotImplemented.INSTANCE;
    }

    // (not or(o): a subclass's override of __or__ must not answer for __ror__)
    @Override
    public PyObject ror(PyObject o) {
        return o instanceof PyInt i ? bitOr(i, this) : PyNotImplemented.INSTANCE;
    }

    private static PyInt bitOr(PyInt a, PyInt b) {
        return a.big == null && b.big == null ? of(a.value | b.value) : of(a.asBig().or(b.asBig()));
    }

    @Override
    public PyObject xor(PyObject o) {
        return o instanceof PyInt i ? bitXor(this, i) : PyNotImplemented.INSTANCE;
    }

    // (not xor(o): a subclass's override of __xor__ must not answer for __rxor__)
    @Override
    public PyObject rxor(PyObject o) {
        return o instanceof PyInt i ? bitXor(i, this) : PyNotImplemented.INSTANCE;
    }

    private static PyInt bitXor(PyInt a, PyInt b) {
        return a.big == null && b.big == null ? of(a.value ^ b.value) : of(a.asBig().xor(b.asBig()));
    }

    @Override
    public PyObject neg() {
        return big == null && value != Long.MIN_VALUE ? of(-value) : of(asBig().negate());
    }

    @Override
    public PyObject pos() {
        return type() == TYPE ? this : of(asBig());
    }

    @Override
    public PyObject invert() {
        return big == null ? of(~value) : of(big.not());
    }

    @Override
    public PyObject abs() {
        if (big == null) {
            return value >= 0 ? (type() == TYPE ? this : of(value)) : neg();
        }
        return of(big.abs());
    }

    @Override
    public PyObject richCompare(PyObject o, CompareOp op) {
        if (o instanceof PyInt i) {
            return PyBool.of(op.test(compare(this, i)));
        }
        if (o instanceof PyFloat f) {
            return PyFloat.compareWithInt(f.value, this, op.swapped());
        }
        return PyNotImplemented.INSTANCE;
    }

    /**
     * CPU ticks a product of big ints of these sizes stands for: about one per pair of 64-bit
     * words while BigInteger multiplies schoolbook, then growing as its Toom-Cook does (about
     * the 1.5th power of the size), so a huge product asks the CPU budget before it starts.
     */
    static long multiplyWork(long xBits, long yBits) {
        long xw = (xBits >> 6) + 1;
        long yw = (yBits >> 6) + 1;
        long small = Math.min(xw, yw);
        long large = Math.max(xw, yw);
        if (small < 128) {
            return small * large;
        }
        return (long) (large * Math.sqrt((double) small));
    }
}
