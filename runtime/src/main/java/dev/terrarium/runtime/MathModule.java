package dev.terrarium.runtime;

import java.math.BigInteger;
import java.util.function.DoubleUnaryOperator;

/** The {@code math} module (compare CPython {@code Modules/mathmodule.c}), a first set. */
final class MathModule {
    private MathModule() {}

    /**
     * math.floor and math.ceil: a guest class's {@code __floor__}/{@code __ceil__} if it has one
     * (CPython's _PyObject_LookupSpecial), an int as itself, else the double's rounding.
     */
    private static PyObject rounding(PyObject o, String special, DoubleUnaryOperator f) {
        PyObject own = guestMethod(o, special);
        if (own != null) {
            return DerivedSlots.call(own, o);
        }
        if (o instanceof PyInt i) {
            return PyInt.of(i.asBig());
        }
        return IntConstructor.fromDouble(f.applyAsDouble(toDouble(o)));
    }

    /** The special method a guest class defines (or a subclass of a built-in overrides), else null. */
    private static PyObject guestMethod(PyObject o, String name) {
        return o instanceof PyInstance ? o.type().lookup(name) : DerivedSlots.isDerived(o) ? o.type().guestOverride(name) : null;
    }

    /** CPython's PyFloat_AsDouble with math's message. */
    static double toDouble(PyObject o) {
        if (o instanceof PyFloat f) {
            return f.value;
        }
        Double d = NumberProtocol.asDoubleOrNull(o);
        if (d != null) {
            return d;
        }
        throw PyErrors.typeError("must be real number, not %s", o.type().name());
    }

    /**
     * {@code math.fsum}: Shewchuk's exact partial sums with CPython's handling of the edges
     * (compare math_fsum): infinities and NaNs are summed apart, {@code inf + -inf} is a
     * ValueError, a finite partial that overflows is an OverflowError, and the final rounding
     * is corrected to half-even.
     */
    static PyFloat fsum(PyObject iterable) {
        double[] p = new double[32];
        int n = 0;
        double specialSum = 0.0;
        double infSum = 0.0;
        PyObject it = Ops.iter(iterable);
        for (PyObject item = it.next(); item != null; item = it.next()) {
            double x = toDouble(item);
            double xsave = x;
            int i = 0;
            for (int j = 0; j < n; j++) {
                double y = p[j];
                if (Math.abs(x) < Math.abs(y)) {
                    double t = x;
                    x = y;
                    y = t;
                }
                double hi = x + y;
                double yr = hi - x;
                double lo = y - yr;
                if (lo != 0.0) {
                    p[i++] = lo;
                }
                x = hi;
            }
            n = i;
            if (x != 0.0) {
                if (!Double.isFinite(x)) {
                    if (Double.isFinite(xsave)) {
                        throw PyErrors.overflowError("intermediate overflow in fsum");
                    }
                    if (Double.isInfinite(xsave)) {
                        infSum += xsave;
                    }
                    specialSum += xsave;
                    n = 0;
                } else {
                    if (n == p.length) {
                        p = java.util.Arrays.copyOf(p, n * 2);
                    }
                    p[n++] = x;
                }
            }
        }
        if (specialSum != 0.0) {
            if (Double.isNaN(infSum)) {
                throw PyErrors.valueError("-inf + inf in fsum");
            }
            return new PyFloat(specialSum);
        }
        double hi = 0.0;
        if (n > 0) {
            hi = p[--n];
            double lo = 0.0;
            while (n > 0) {
                double x = hi;
                double y = p[--n];
                hi = x + y;
                double yr = hi - x;
                lo = y - yr;
                if (lo != 0.0) {
                    break;
                }
            }
            if (n > 0 && (lo < 0.0 && p[n - 1] < 0.0 || lo > 0.0 && p[n - 1] > 0.0)) {
                double y = lo * 2.0;
                double x = hi + y;
                double yr = x - hi;
                if (y == yr) {
                    hi = x;
                }
            }
        }
        return new PyFloat(hi);
    }

    private static PyException domainError() {
        return PyErrors.valueError("math domain error");
    }

    /** A one-argument function of doubles: NaN out of a non-NaN argument is a domain error, as CPython's math_1. */
    private static PyBuiltinFunction unary(String name, DoubleUnaryOperator f) {
        return PyBuiltinFunction.of1(name, o -> {
            double x = toDouble(o);
            double r = f.applyAsDouble(x);
            if (Double.isNaN(r) && !Double.isNaN(x)) {
                throw domainError();
            }
            if (Double.isInfinite(r) && !Double.isInfinite(x)) {
                throw PyErrors.overflowError("math range error");
            }
            return new PyFloat(r);
        });
    }

    static PyModule create() {
        PyModule m = new PyModule("math", new PyDict(), null);
        m.setAttr("pi", new PyFloat(Math.PI));
        m.setAttr("e", new PyFloat(Math.E));
        m.setAttr("tau", new PyFloat(2 * Math.PI));
        m.setAttr("inf", new PyFloat(Double.POSITIVE_INFINITY));
        m.setAttr("nan", new PyFloat(Double.NaN));
        m.setAttr("sqrt", unary("sqrt", Math::sqrt));
        m.setAttr("exp", unary("exp", Math::exp));
        m.setAttr("sin", unary("sin", Math::sin));
        m.setAttr("cos", unary("cos", Math::cos));
        m.setAttr("tan", unary("tan", Math::tan));
        m.setAttr("asin", unary("asin", Math::asin));
        m.setAttr("acos", unary("acos", Math::acos));
        m.setAttr("atan", unary("atan", Math::atan));
        m.setAttr("sinh", unary("sinh", Math::sinh));
        m.setAttr("cosh", unary("cosh", Math::cosh));
        m.setAttr("tanh", unary("tanh", Math::tanh));
        m.setAttr("fabs", unary("fabs", Math::abs));
        m.setAttr("degrees", unary("degrees", Math::toDegrees));
        m.setAttr("radians", unary("radians", Math::toRadians));
        m.setAttr("log2", PyBuiltinFunction.of1("log2", o -> new PyFloat(logHelper(o, MathModule::log2))));
        m.setAttr("log10", PyBuiltinFunction.of1("log10", o -> new PyFloat(logHelper(o, Math::log10))));
        m.setAttr("remainder", new PyBuiltinFunction("remainder", (a, k) -> {
            ArgParser.noKeywords("remainder", k);
            ArgParser.arity("remainder", a, 2, 2);
            double x = toDouble(a[0]);
            double y = toDouble(a[1]);
            double r = Math.IEEEremainder(x, y);
            if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
                throw domainError();
            }
            return new PyFloat(r);
        }));
        m.setAttr("log", new PyBuiltinFunction("log", (a, k) -> {
            ArgParser.noKeywords("log", k);
            ArgParser.arity("log", a, 1, 2);
            double num = log(a[0]);
            if (a.length == 1) {
                return new PyFloat(num);
            }
            double den = log(a[1]);
            if (den == 0.0) {
                throw PyErrors.zeroDivision("float division by zero");
            }
            return new PyFloat(num / den);
        }));
        m.setAttr("pow", new PyBuiltinFunction("pow", (a, k) -> {
            ArgParser.noKeywords("pow", k);
            ArgParser.arity("pow", a, 2, 2);
            double x = toDouble(a[0]);
            double y = toDouble(a[1]);
            double r = Math.pow(x, y);
            if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
                throw domainError();
            }
            if (x == 0.0 && y < 0 && !Double.isInfinite(y)) {
                throw domainError();
            }
            if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
                throw PyErrors.overflowError("math range error");
            }
            return new PyFloat(r);
        }));
        m.setAttr("atan2", new PyBuiltinFunction("atan2", (a, k) -> {
            ArgParser.arity("atan2", a, 2, 2);
            return new PyFloat(Math.atan2(toDouble(a[0]), toDouble(a[1])));
        }));
        m.setAttr("hypot", new PyBuiltinFunction("hypot", (a, k) -> {
            ArgParser.noKeywords("hypot", k);
            double r = 0;
            for (PyObject x : a) {
                r = Math.hypot(r, toDouble(x));
            }
            return new PyFloat(r);
        }));
        m.setAttr("copysign", new PyBuiltinFunction("copysign", (a, k) -> {
            ArgParser.arity("copysign", a, 2, 2);
            return new PyFloat(Math.copySign(toDouble(a[0]), toDouble(a[1])));
        }));
        m.setAttr("floor", PyBuiltinFunction.of1("floor", o -> rounding(o, "__floor__", Math::floor)));
        m.setAttr("ceil", PyBuiltinFunction.of1("ceil", o -> rounding(o, "__ceil__", Math::ceil)));
        m.setAttr("trunc", PyBuiltinFunction.of1("trunc", o -> {
            PyObject own = guestMethod(o, "__trunc__");
            if (own != null) {
                return DerivedSlots.call(own, o);
            }
            if (o instanceof PyInt i) {
                return PyInt.of(i.asBig());
            }
            if (o instanceof PyFloat f) {
                return IntConstructor.fromDouble(f.value);
            }
            throw PyErrors.typeError("type %s doesn't define __trunc__ method", o.type().name());
        }));
        m.setAttr("isnan", PyBuiltinFunction.of1("isnan", o -> PyBool.of(Double.isNaN(toDouble(o)))));
        m.setAttr("isinf", PyBuiltinFunction.of1("isinf", o -> PyBool.of(Double.isInfinite(toDouble(o)))));
        m.setAttr("isfinite", PyBuiltinFunction.of1("isfinite", o -> PyBool.of(Double.isFinite(toDouble(o)))));
        m.setAttr("factorial", PyBuiltinFunction.of1("factorial", o -> {
            if (o instanceof PyFloat) {
                throw PyErrors.typeError("'float' object cannot be interpreted as an integer");
            }
            PyInt n = ArgParser.index(o);
            if (n.asBig().signum() < 0) {
                throw PyErrors.valueError("factorial() not defined for negative values");
            }
            long k = n.asLong();
            Budget.checkIntBits((long) (k * (Math.log(Math.max(k, 2)) / Math.log(2))));
            BigInteger r = BigInteger.ONE;
            for (long i = 2; i <= k; i++) {
                r = r.multiply(BigInteger.valueOf(i));
            }
            return PyInt.of(r);
        }));
        m.setAttr("gcd", new PyBuiltinFunction("gcd", (a, k) -> {
            ArgParser.noKeywords("gcd", k);
            BigInteger r = BigInteger.ZERO;
            for (PyObject x : a) {
                r = r.gcd(ArgParser.index(x).asBig());
            }
            return PyInt.of(r);
        }));
        m.setAttr("lcm", new PyBuiltinFunction("lcm", (a, k) -> {
            ArgParser.noKeywords("lcm", k);
            BigInteger r = BigInteger.ONE;
            for (PyObject x : a) {
                BigInteger v = ArgParser.index(x).asBig().abs();
                if (v.signum() == 0) {
                    return PyInt.of(0);
                }
                r = r.divide(r.gcd(v)).multiply(v);
            }
            return PyInt.of(r);
        }));
        m.setAttr("isqrt", PyBuiltinFunction.of1("isqrt", o -> {
            BigInteger n = ArgParser.index(o).asBig();
            if (n.signum() < 0) {
                throw PyErrors.valueError("isqrt() argument must be nonnegative");
            }
            return PyInt.of(n.sqrt());
        }));
        m.setAttr("comb", new PyBuiltinFunction("comb", (a, k) -> {
            ArgParser.arity("comb", a, 2, 2);
            BigInteger n = ArgParser.index(a[0]).asBig();
            BigInteger r = ArgParser.index(a[1]).asBig();
            if (n.signum() < 0 || r.signum() < 0) {
                throw PyErrors.valueError("%s must be a non-negative integer", n.signum() < 0 ? "n" : "k");
            }
            if (r.compareTo(n) > 0) {
                return PyInt.of(0);
            }
            long kk = Math.min(r.longValueExact(), n.subtract(r).longValueExact());
            BigInteger result = BigInteger.ONE;
            for (long i = 1; i <= kk; i++) {
                result = result.multiply(n.subtract(BigInteger.valueOf(kk - i))).divide(BigInteger.valueOf(i));
            }
            return PyInt.of(result);
        }));
        m.setAttr("perm", new PyBuiltinFunction("perm", (a, k) -> {
            ArgParser.noKeywords("perm", k);
            ArgParser.arity("perm", a, 1, 2);
            BigInteger n = ArgParser.index(a[0]).asBig();
            // perm(n) is perm(n, n), n!.
            BigInteger r = a.length == 1 || a[1] == PyNone.INSTANCE ? n : ArgParser.index(a[1]).asBig();
            if (n.signum() < 0 || r.signum() < 0) {
                throw PyErrors.valueError("%s must be a non-negative integer", n.signum() < 0 ? "n" : "k");
            }
            if (r.compareTo(n) > 0) {
                return PyInt.of(0);
            }
            Budget.checkIntBits((long) (r.doubleValue() * Math.max(1, n.bitLength())));
            BigInteger result = BigInteger.ONE;
            for (BigInteger i = n.subtract(r).add(BigInteger.ONE); i.compareTo(n) <= 0; i = i.add(BigInteger.ONE)) {
                result = result.multiply(i);
            }
            return PyInt.of(result);
        }));
        // fmod follows C: the result has the sign of x (Java's % on doubles is C's fmod).
        m.setAttr("fmod", new PyBuiltinFunction("fmod", (a, k) -> {
            ArgParser.noKeywords("fmod", k);
            ArgParser.arity("fmod", a, 2, 2);
            double x = toDouble(a[0]);
            double y = toDouble(a[1]);
            if (Double.isInfinite(y) && Double.isFinite(x)) {
                return new PyFloat(x);
            }
            double r = x % y;
            if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
                throw domainError();
            }
            return new PyFloat(r);
        }));
        m.setAttr("fsum", PyBuiltinFunction.of1("fsum", MathModule::fsum));
        m.setAttr("prod", new PyBuiltinFunction("prod", (a, k) -> {
            int npos = ArgParser.positionalCount(a, k);
            if (npos != 1) {
                throw PyErrors.typeError("prod() takes exactly 1 positional argument (%d given)", npos);
            }
            PyObject start = ArgParser.keyword("prod", a, k, "start");
            PyObject acc = start == null ? PyInt.of(1) : start;
            PyObject it = Ops.iter(a[0]);
            for (PyObject x = it.next(); x != null; x = it.next()) {
                acc = Ops.mul(acc, x);
            }
            return acc;
        }));
        m.setAttr("isclose", new PyBuiltinFunction("isclose", (a, k) -> {
            int npos = ArgParser.positionalCount(a, k);
            if (npos != 2) {
                throw PyErrors.typeError("isclose() takes exactly 2 positional arguments (%d given)", npos);
            }
            PyObject rel = ArgParser.keyword("isclose", a, k, "rel_tol", "abs_tol");
            PyObject abs = ArgParser.keyword("isclose", a, k, "abs_tol", "rel_tol");
            double x = toDouble(a[0]);
            double y = toDouble(a[1]);
            double rt = rel == null ? 1e-9 : toDouble(rel);
            double at = abs == null ? 0.0 : toDouble(abs);
            if (rt < 0.0 || at < 0.0) {
                throw PyErrors.valueError("tolerances must be non-negative");
            }
            if (x == y) {
                return PyBool.TRUE;
            }
            if (Double.isInfinite(x) || Double.isInfinite(y)) {
                return PyBool.FALSE;
            }
            double diff = Math.abs(y - x);
            return PyBool.of(diff <= Math.abs(rt * y) || diff <= Math.abs(rt * x) || diff <= at);
        }));
        return m;
    }

    /** Exact for powers of two, as C's log2. */
    private static double log2(double x) {
        if (x > 0 && Double.isFinite(x) && Math.getExponent(x) >= Double.MIN_EXPONENT && x == Math.scalb(1.0, Math.getExponent(x))) {
            return Math.getExponent(x);
        }
        return Math.log(x) / Math.log(2);
    }

    private static double log(PyObject o) {
        return logHelper(o, Math::log);
    }

    /**
     * CPython's loghelper: {@code func} of the argument as a double; an int too large for a
     * double is split as frexp does ({@code m * 2**e}, m in [0.5, 1) rounded half-even to 53
     * bits) and gives {@code func(m) + func(2.0) * e}. Zero and negatives are domain errors.
     */
    private static double logHelper(PyObject o, DoubleUnaryOperator func) {
        if (o instanceof PyInt i) {
            BigInteger v = i.asBig();
            if (v.signum() <= 0) {
                throw domainError();
            }
            double d = v.doubleValue();
            if (Double.isFinite(d)) {
                return func.applyAsDouble(d);
            }
            int e = v.bitLength();
            int shift = e - 63;
            long top = v.shiftRight(shift).longValue();
            if (v.getLowestSetBit() < shift) {
                top |= 1; // sticky bit: the long-to-double conversion then rounds as the exact value would
            }
            double m = Math.scalb((double) top, -63);
            if (m == 1.0) {
                m = 0.5;
                e++;
            }
            return func.applyAsDouble(m) + func.applyAsDouble(2.0) * e;
        }
        double x = toDouble(o);
        if (Double.isNaN(x)) {
            return x;
        }
        if (x <= 0) {
            throw domainError();
        }
        return func.applyAsDouble(x);
    }
}
