package dev.terrarium.runtime;

import dev.terrarium.runtime.text.FloatRepr;
import java.math.BigDecimal;

/** Python {@code float}: an IEEE 754 double. */
public class PyFloat extends PyObject {
    public static final PyType TYPE = PyType.builtin("float", PyType.OBJECT, FloatConstructor::construct);

    public final double value;

    static {
        NumberMethods.installFloat(TYPE);
    }

    @Override
    public PyObject getAttr(String name) {
        PyObject v = NumberMethods.floatAttribute(this, name);
        return v != null ? v : super.getAttr(name);
    }

    public PyFloat(double value) {
        this.value = value;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return FloatRepr.repr(value);
    }

    @Override
    public String format(String spec) {
        return Formatter.formatFloat(value, spec);
    }

    @Override
    public boolean isTrue() {
        return value != 0.0;
    }

    /** Compare CPython {@code _Py_HashDouble}: equal to the hash of an equal int. */
    @Override
    public long hash() {
        return hashDouble(value);
    }

    static long hashDouble(double v) {
        if (Double.isNaN(v)) {
            return 0; // CPython 3.11 hashes NaN by identity; 0 keeps equal-by-identity keys working.
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? 314159 : -314159;
        }
        if (v == Math.rint(v) && Math.abs(v) < 9.2e18) {
            return PyInt.of((long) v).hash();
        }
        // x = m * 2**e with m an odd integer; hash is m * 2**e mod (2**61-1).
        long bits = Double.doubleToLongBits(Math.abs(v));
        int exp = (int) ((bits >> 52) & 0x7ff);
        long mant = bits & ((1L << 52) - 1);
        if (exp == 0) {
            exp = 1;
        } else {
            mant |= 1L << 52;
        }
        int e = exp - 1075;
        long h = mant % PyInt.HASH_MODULUS;
        // multiply by 2**e modulo 2**61-1: rotate by e mod 61.
        int shift = Math.floorMod(e, 61);
        h = ((h << shift) & PyInt.HASH_MODULUS) | (h >>> (61 - shift));
        h %= PyInt.HASH_MODULUS;
        if (v < 0) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }

    @Override
    public boolean equals(Object o) {
        if (o instanceof PyFloat f && !DerivedSlots.isDerived(f)) {
            return value == f.value;
        }
        return super.equals(o);
    }

    /** Converts an int or float operand to double; null if it is neither. */
    private static Double operand(PyObject o) {
        if (o instanceof PyFloat f) {
            return f.value;
        }
        if (o instanceof PyInt i) {
            return i.asDouble();
        }
        return null;
    }

    @Override
    public PyObject add(PyObject o) {
        Double d = operand(o);
        return d == null ? PyNotImplemented.INSTANCE : new PyFloat(value + d);
    }

    @Override
    public PyObject radd(PyObject o) {
        Double d = operand(o);
        return d == null ? PyNotImplemented.INSTANCE : new PyFloat(d + value);
    }

    @Override
    public PyObject sub(PyObject o) {
        Double d = operand(o);
        return d == null ? PyNotImplemented.INSTANCE : new PyFloat(value - d);
    }

    @Override
    public PyObject rsub(PyObject o) {
        Double d = operand(o);
        return d == null ? PyNotImplemented.INSTANCE : new PyFloat(d - value);
    }

    @Override
    public PyObject mul(PyObject o) {
        Double d = operand(o);
        return d == null ? PyNotImplemented.INSTANCE : new PyFloat(value * d);
    }

    @Override
    public PyObject rmul(PyObject o) {
        Double d = operand(o);
        return d == null ? PyNotImplemented.INSTANCE : new PyFloat(d * value);
    }

    @Override
    public PyObject truediv(PyObject o) {
        Double d = operand(o);
        return d == null ? PyNotImplemented.INSTANCE : divide(value, d);
    }

    @Override
    public PyObject rtruediv(PyObject o) {
        Double d = operand(o);
        return d == null ? PyNotImplemented.INSTANCE : divide(d, value);
    }

    @Override
    public PyObject floordiv(PyObject o) {
        Double d = operand(o);
        return d == null ? PyNotImplemented.INSTANCE : floorDiv(value, d);
    }

    @Override
    public PyObject rfloordiv(PyObject o) {
        Double d = operand(o);
        return d == null ? PyNotImplemented.INSTANCE : floorDiv(d, value);
    }

    @Override
    public PyObject mod(PyObject o) {
        Double d = operand(o);
        return d == null ? PyNotImplemented.INSTANCE : new PyFloat(mod(value, d));
    }

    @Override
    public PyObject rmod(PyObject o) {
        Double d = operand(o);
        return d == null ? PyNotImplemented.INSTANCE : new PyFloat(mod(d, value));
    }

    @Override
    public PyObject pow(PyObject o) {
        Double d = operand(o);
        return d == null ? PyNotImplemented.INSTANCE : pow(value, d);
    }

    @Override
    public PyObject rpow(PyObject o) {
        Double d = operand(o);
        return d == null ? PyNotImplemented.INSTANCE : pow(d, value);
    }

    @Override
    public PyObject neg() {
        return new PyFloat(-value);
    }

    @Override
    public PyObject pos() {
        return type() == TYPE ? this : new PyFloat(value);
    }

    @Override
    public PyObject abs() {
        return new PyFloat(Math.abs(value));
    }

    static PyFloat divide(double a, double b) {
        if (b == 0.0) {
            throw PyErrors.zeroDivision("float division by zero");
        }
        return new PyFloat(a / b);
    }

    /** Compare CPython {@code float_floor_div}/{@code _float_div_mod}. */
    static PyFloat floorDiv(double a, double b) {
        if (b == 0.0) {
            throw PyErrors.zeroDivision("float floor division by zero");
        }
        return new PyFloat(divmod(a, b)[0]);
    }

    static double mod(double a, double b) {
        if (b == 0.0) {
            throw PyErrors.zeroDivision("float modulo");
        }
        double m = a % b;
        if (m != 0.0) {
            if ((b < 0) != (m < 0)) {
                m += b;
            }
        } else {
            m = Math.copySign(0.0, b);
        }
        return m;
    }

    /** Floor quotient and remainder as CPython's {@code _float_div_mod}. */
    static double[] divmod(double vx, double wx) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0.0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0.0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[] {floordiv, mod};
    }

    /** Compare CPython {@code float_pow}. */
    static PyObject pow(double x, double y) {
        if (y == 0.0) {
            return new PyFloat(1.0);
        }
        if (Double.isNaN(x)) {
            return new PyFloat(x);
        }
        if (Double.isNaN(y)) {
            return new PyFloat(x == 1.0 ? 1.0 : y);
        }
        if (x == 0.0) {
            if (y < 0.0 && !Double.isInfinite(y)) {
                throw PyErrors.zeroDivision("0.0 cannot be raised to a negative power");
            }
        }
        if (x < 0.0 && !Double.isInfinite(x) && !Double.isInfinite(y) && y != Math.rint(y)) {
            // As CPython's float_pow: the result is complex.
            return PyComplex.power(new PyComplex(x, 0.0), new PyComplex(y, 0.0));
        }
        if (Double.isInfinite(y) && Math.abs(x) == 1.0) {
            return new PyFloat(1.0); // C's pow (and CPython) give 1.0; Java's Math.pow gives NaN.
        }
        double r = Math.pow(x, y);
        if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
            throw new PyException(PyExc.create(PyExc.OverflowError, PyInt.of(34), PyStr.of("Numerical result out of range")));
        }
        return new PyFloat(r);
    }

    @Override
    public PyObject richCompare(PyObject o, CompareOp op) {
        if (o instanceof PyFloat f) {
            double a = value;
            double b = f.value;
            boolean r = switch (op) {
                case LT -> a < b;
                case LE -> a <= b;
                case EQ -> a == b;
                case NE -> a != b;
                case GT -> a > b;
                case GE -> a >= b;
            };
            return PyBool.of(r);
        }
        if (o instanceof PyInt i) {
            return compareWithInt(value, i, op);
        }
        return PyNotImplemented.INSTANCE;
    }

    /** {@code d op i}, exactly (no rounding of the int), as CPython's {@code float_richcompare}. */
    static PyObject compareWithInt(double d, PyInt i, CompareOp op) {
        if (Double.isNaN(d)) {
            return PyBool.of(op == CompareOp.NE);
        }
        int cmp;
        if (Double.isInfinite(d)) {
            cmp = d > 0 ? 1 : -1;
        } else if (i.big == null && Math.abs(i.value) < (1L << 53)) {
            cmp = Double.compare(d + 0.0, (double) i.value + 0.0);
        } else {
            cmp = new BigDecimal(d).compareTo(new BigDecimal(i.asBig()));
        }
        return PyBool.of(op.test(cmp));
    }
}
