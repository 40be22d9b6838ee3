package dev.terrarium.runtime;

import java.math.BigInteger;
import java.util.function.DoubleUnaryOperator;

/** The {@code math} module (compare CPython {@code Modules/mathmodule.c}), a first set. */
final class MathModule {
    private MathModule() {}

    static double toDouble(PyObject o) {
        if (o instanceof PyFloat f) {
            return f.value;
        }
        if (o instanceof PyInt i) {
            return i.asDouble();
        }
        throw PyErrors.typeError("must be real number, not %s", o.type().name());
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
        m.setAttr("log2", PyBuiltinFunction.of1("log2", o -> new PyFloat(log2(o))));
        m.setAttr("log10", PyBuiltinFunction.of1("log10", o -> {
            if (o instanceof PyInt i && !i.isSmall()) {
                return new PyFloat(log(o) / Math.log(10));
            }
            double x = toDouble(o);
            if (x <= 0) {
                throw domainError();
            }
            return new PyFloat(Math.log10(x));
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
        m.setAttr("floor", PyBuiltinFunction.of1("floor", o -> o instanceof PyInt i ? PyInt.of(i.asBig())
                : IntConstructor.fromDouble(Math.floor(toDouble(o)))));
        m.setAttr("ceil", PyBuiltinFunction.of1("ceil", o -> o instanceof PyInt i ? PyInt.of(i.asBig())
                : IntConstructor.fromDouble(Math.ceil(toDouble(o)))));
        m.setAttr("trunc", PyBuiltinFunction.of1("trunc", o -> o instanceof PyInt i ? PyInt.of(i.asBig())
                : IntConstructor.fromDouble(toDouble(o))));
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
        m.setAttr("fsum", PyBuiltinFunction.of1("fsum", o -> {
            java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
            PyObject it = Ops.iter(o);
            for (PyObject x = it.next(); x != null; x = it.next()) {
                double d = toDouble(x);
                if (!Double.isFinite(d)) {
                    return new PyFloat(d);
                }
                sum = sum.add(new java.math.BigDecimal(d));
            }
            return new PyFloat(sum.doubleValue());
        }));
        m.setAttr("prod", new PyBuiltinFunction("prod", (a, k) -> {
            ArgParser.arity("prod", a, 1, 1);
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
    private static double log2(PyObject o) {
        if (o instanceof PyInt i && i.asBig().signum() > 0 && i.asBig().bitCount() == 1) {
            return i.asBig().bitLength() - 1;
        }
        double x = o instanceof PyFloat f ? f.value : Double.NaN;
        if (x > 0 && Double.isFinite(x) && Math.getExponent(x) >= Double.MIN_EXPONENT && x == Math.scalb(1.0, Math.getExponent(x))) {
            return Math.getExponent(x);
        }
        return log(o) / Math.log(2);
    }

    private static double log(PyObject o) {
        if (o instanceof PyInt i && !i.isSmall()) {
            BigInteger v = i.asBig();
            if (v.signum() <= 0) {
                throw domainError();
            }
            int shift = v.bitLength() - 60;
            return Math.log(v.shiftRight(shift).doubleValue()) + shift * Math.log(2);
        }
        double x = toDouble(o);
        if (x <= 0) {
            throw domainError();
        }
        return Math.log(x);
    }
}
