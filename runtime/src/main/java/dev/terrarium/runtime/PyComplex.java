package dev.terrarium.runtime;

import dev.terrarium.runtime.text.FloatRepr;

/**
 * Python {@code complex}: a pair of doubles. Arithmetic follows CPython 3.11's
 * {@code Objects/complexobject.c}: an int or float operand is first made complex (imaginary
 * part +0.0) and the full complex formula is applied, so signed zeros, infinities and NaNs
 * come out as in CPython.
 */
public class PyComplex extends PyObject {
    public static final PyType TYPE = PyType.builtin("complex", PyType.OBJECT, ComplexConstructor::construct);

    static {
        TYPE.define("conjugate", new PyMethodDescriptor(TYPE, "conjugate", (s, a, k) -> {
            ArgParser.noArgs("complex.conjugate", a, k);
            PyComplex c = (PyComplex) s;
            return new PyComplex(c.real, -c.imag);
        }));
    }

    public final double real;
    public final double imag;

    public PyComplex(double real, double imag) {
        this.real = real;
        this.imag = imag;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** An int, float or complex operand as a complex; null for anything else (NotImplemented). */
    static PyComplex operand(PyObject o) {
        if (o instanceof PyComplex c) {
            return c;
        }
        if (o instanceof PyFloat f) {
            return new PyComplex(f.value, 0.0);
        }
        if (o instanceof PyInt i) {
            return new PyComplex(i.asDouble(), 0.0);
        }
        return null;
    }

    // ---- repr ------------------------------------------------------------------------------

    /** A double as complex_repr writes a part: float repr without the added ".0". */
    private static String part(double d) {
        String s = FloatRepr.repr(d);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    /** Compare CPython {@code complex_repr}. */
    @Override
    public String repr() {
        if (real == 0.0 && Double.doubleToRawLongBits(real) == 0L) {
            return part(imag) + "j";
        }
        String im = part(imag);
        if (!im.startsWith("-")) {
            im = "+" + im;
        }
        return "(" + part(real) + im + "j)";
    }

    /** {@code complex.__format__}: the empty spec is {@code str(self)}. */
    @Override
    public String format(String spec) {
        return spec.isEmpty() ? str() : Formatter.formatComplex(real, imag, spec);
    }

    @Override
    public boolean isTrue() {
        return real != 0.0 || imag != 0.0;
    }

    /** Compare CPython {@code complex_hash}. */
    @Override
    public long hash() {
        long h = PyFloat.hashDouble(real) + 1000003L * PyFloat.hashDouble(imag);
        return h == -1 ? -2 : h;
    }

    @Override
    public boolean equals(Object o) {
        if (o instanceof PyComplex c && !DerivedSlots.isDerived(c)) {
            return real == c.real && imag == c.imag;
        }
        return super.equals(o);
    }

    @Override
    public PyObject getAttr(String name) {
        if (name.equals("real")) {
            return new PyFloat(real);
        }
        if (name.equals("imag")) {
            return new PyFloat(imag);
        }
        return super.getAttr(name);
    }

    // ---- arithmetic ------------------------------------------------------------------------

    static PyComplex sum(PyComplex a, PyComplex b) {
        return new PyComplex(a.real + b.real, a.imag + b.imag);
    }

    static PyComplex diff(PyComplex a, PyComplex b) {
        return new PyComplex(a.real - b.real, a.imag - b.imag);
    }

    /** Compare CPython {@code _Py_c_prod}. */
    static PyComplex prod(PyComplex a, PyComplex b) {
        return new PyComplex(a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real);
    }

    /** Compare CPython {@code _Py_c_quot} (Smith's method); null for division by zero. */
    static PyComplex quot(PyComplex a, PyComplex b) {
        double absBr = Math.abs(b.real);
        double absBi = Math.abs(b.imag);
        if (absBr >= absBi) {
            if (absBr == 0.0) {
                return null;
            }
            double ratio = b.imag / b.real;
            double denom = b.real + b.imag * ratio;
            return new PyComplex((a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom);
        }
        if (absBi >= absBr) {
            double ratio = b.real / b.imag;
            double denom = b.real * ratio + b.imag;
            return new PyComplex((a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom);
        }
        return new PyComplex(Double.NaN, Double.NaN);
    }

    private static PyComplex divide(PyComplex a, PyComplex b) {
        PyComplex r = quot(a, b);
        if (r == null) {
            throw PyErrors.zeroDivision("complex division by zero");
        }
        return r;
    }

    private static final PyComplex ONE = new PyComplex(1.0, 0.0);

    /** Compare CPython {@code c_powu}: binary exponentiation for n >= 1. */
    private static PyComplex powu(PyComplex x, long n) {
        PyComplex r = ONE;
        PyComplex p = x;
        long mask = 1;
        while (mask > 0 && n >= mask) {
            if ((n & mask) != 0) {
                r = prod(r, p);
            }
            mask <<= 1;
            p = prod(p, p);
        }
        return r;
    }

    /** The EDOM case of CPython's {@code _Py_c_pow}: 0 to a negative or complex power. */
    private static final PyComplex EDOM = new PyComplex(0.0, 0.0);

    /** Compare CPython {@code _Py_c_pow}; returns {@link #EDOM} (by identity) for its EDOM case. */
    private static PyComplex cpow(PyComplex a, PyComplex b) {
        if (b.real == 0.0 && b.imag == 0.0) {
            return ONE;
        }
        if (a.real == 0.0 && a.imag == 0.0) {
            if (b.imag != 0.0 || b.real < 0.0) {
                return EDOM;
            }
            return new PyComplex(0.0, 0.0);
        }
        double vabs = hypot(a.real, a.imag);
        double len = Math.pow(vabs, b.real);
        double at = Math.atan2(a.imag, a.real);
        double phase = at * b.real;
        if (b.imag != 0.0) {
            len /= Math.exp(at * b.imag);
            phase += b.imag * Math.log(vabs);
        }
        if (Double.isInfinite(phase)) {
            // cos/sin of an infinity set errno to EDOM in C, which complex_pow reports as this.
            return EDOM;
        }
        return new PyComplex(len * Math.cos(phase), len * Math.sin(phase));
    }

    /** Compare CPython {@code complex_pow}. */
    static PyComplex power(PyComplex a, PyComplex e) {
        PyComplex p;
        boolean edom = false;
        if (e.imag == 0.0 && e.real == Math.floor(e.real) && Math.abs(e.real) <= 100.0) {
            long n = (long) e.real;
            if (n > 0) {
                p = powu(a, n);
            } else if (n == 0) {
                p = ONE;
            } else {
                // c_powi: 1 / x**-n; a zero divisor is CPython's EDOM.
                p = quot(ONE, powu(a, -n));
                if (p == null) {
                    edom = true;
                }
            }
        } else {
            p = cpow(a, e);
            edom = p == EDOM;
        }
        if (edom) {
            throw PyErrors.zeroDivision("0.0 to a negative or complex power");
        }
        if (Double.isInfinite(p.real) || Double.isInfinite(p.imag)) {
            throw PyErrors.overflowError("complex exponentiation");
        }
        return p;
    }

    @Override
    public PyObject add(PyObject o) {
        PyComplex c = operand(o);
        return c == null ? PyNotImplemented.INSTANCE : sum(this, c);
    }

    @Override
    public PyObject radd(PyObject o) {
        PyComplex c = operand(o);
        return c == null ? PyNotImplemented.INSTANCE : sum(c, this);
    }

    @Override
    public PyObject sub(PyObject o) {
        PyComplex c = operand(o);
        return c == null ? PyNotImplemented.INSTANCE : diff(this, c);
    }

    @Override
    public PyObject rsub(PyObject o) {
        PyComplex c = operand(o);
        return c == null ? PyNotImplemented.INSTANCE : diff(c, this);
    }

    @Override
    public PyObject mul(PyObject o) {
        PyComplex c = operand(o);
        return c == null ? PyNotImplemented.INSTANCE : prod(this, c);
    }

    @Override
    public PyObject rmul(PyObject o) {
        PyComplex c = operand(o);
        return c == null ? PyNotImplemented.INSTANCE : prod(c, this);
    }

    @Override
    public PyObject truediv(PyObject o) {
        PyComplex c = operand(o);
        return c == null ? PyNotImplemented.INSTANCE : divide(this, c);
    }

    @Override
    public PyObject rtruediv(PyObject o) {
        PyComplex c = operand(o);
        return c == null ? PyNotImplemented.INSTANCE : divide(c, this);
    }

    @Override
    public PyObject pow(PyObject o) {
        PyComplex c = operand(o);
        return c == null ? PyNotImplemented.INSTANCE : power(this, c);
    }

    @Override
    public PyObject rpow(PyObject o) {
        PyComplex c = operand(o);
        return c == null ? PyNotImplemented.INSTANCE : power(c, this);
    }

    @Override
    public PyObject neg() {
        return new PyComplex(-real, -imag);
    }

    @Override
    public PyObject pos() {
        return new PyComplex(real, imag);
    }

    private static final double HYPOT_SCALE = 0x1p-600;
    private static final double HYPOT_LARGE = 0x1p+511;
    private static final double HYPOT_TINY = 0x1p-511;
    private static final double HYPOT_EPS = 0x1p-54;

    /**
     * {@code hypot(x, y)} computed the way the C library of the reference platform
     * (glibc 2.35+, without FMA) computes it: Borges' corrected square root. Neither Java's
     * Math.hypot nor the correctly rounded value agree with it in every last bit, and
     * CPython's {@code abs(complex)} shows those bits.
     */
    static double hypot(double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            if (Double.isInfinite(x) || Double.isInfinite(y)) {
                return Double.POSITIVE_INFINITY;
            }
            return x + y;
        }
        x = Math.abs(x);
        y = Math.abs(y);
        double ax = Math.max(x, y);
        double ay = Math.min(x, y);
        if (ax > HYPOT_LARGE) {
            if (ay <= ax * HYPOT_EPS) {
                return ax + ay;
            }
            return hypotKernel(ax * HYPOT_SCALE, ay * HYPOT_SCALE) / HYPOT_SCALE;
        }
        if (ay < HYPOT_TINY) {
            if (ax >= ay / HYPOT_EPS) {
                return ax + ay;
            }
            return hypotKernel(ax / HYPOT_SCALE, ay / HYPOT_SCALE) * HYPOT_SCALE;
        }
        if (ay <= ax * HYPOT_EPS) {
            return ax + ay;
        }
        return hypotKernel(ax, ay);
    }

    private static double hypotKernel(double ax, double ay) {
        double h = Math.sqrt(ax * ax + ay * ay);
        double t1;
        double t2;
        if (h <= 2.0 * ay) {
            double delta = h - ay;
            t1 = ax * (2.0 * delta - ax);
            t2 = (delta - 2.0 * (ax - ay)) * delta;
        } else {
            double delta = h - ax;
            t1 = 2.0 * delta * (ax - 2.0 * ay);
            t2 = (4.0 * delta - ay) * ay + delta * delta;
        }
        return h - (t1 + t2) / (2.0 * h);
    }

    /** Compare CPython {@code _Py_c_abs}. */
    @Override
    public PyObject abs() {
        if (Double.isInfinite(real) || Double.isInfinite(imag)) {
            return new PyFloat(Double.POSITIVE_INFINITY);
        }
        if (Double.isNaN(real) || Double.isNaN(imag)) {
            return new PyFloat(Double.NaN);
        }
        double r = hypot(real, imag);
        if (Double.isInfinite(r)) {
            throw PyErrors.overflowError("absolute value too large");
        }
        return new PyFloat(r);
    }

    /** Compare CPython {@code complex_richcompare}: only == and != are defined. */
    @Override
    public PyObject richCompare(PyObject o, CompareOp op) {
        if (op != CompareOp.EQ && op != CompareOp.NE) {
            return PyNotImplemented.INSTANCE;
        }
        boolean equal;
        if (o instanceof PyInt i) {
            if (imag != 0.0) {
                equal = false;
            } else {
                equal = Ops.isTrue(PyFloat.compareWithInt(real, i, CompareOp.EQ));
            }
        } else if (o instanceof PyFloat f) {
            equal = real == f.value && imag == 0.0;
        } else if (o instanceof PyComplex c) {
            equal = real == c.real && imag == c.imag;
        } else {
            return PyNotImplemented.INSTANCE;
        }
        return PyBool.of(op == CompareOp.EQ ? equal : !equal);
    }
}
