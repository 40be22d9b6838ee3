package dev.terrarium.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Methods and attributes of int and float beyond their operators (a first set). */
final class NumberMethods {
    private NumberMethods() {}

    private static void def(PyType t, String name, PyMethodDescriptor.Body body) {
        t.define(name, new PyMethodDescriptor(t, name, body));
    }

    static void installInt(PyType t) {
        def(t, "bit_length", (s, a, k) -> {
            ArgParser.noArgs(t.name() + ".bit_length", a, k);
            return PyInt.of(((PyInt) s).asBig().abs().bitLength());
        });
        def(t, "bit_count", (s, a, k) -> {
            ArgParser.noArgs(t.name() + ".bit_count", a, k);
            return PyInt.of(((PyInt) s).asBig().abs().bitCount());
        });
        def(t, "conjugate", (s, a, k) -> {
            ArgParser.noArgs(t.name() + ".conjugate", a, k);
            return PyInt.of(((PyInt) s).asBig());
        });
        def(t, "as_integer_ratio", (s, a, k) -> {
            ArgParser.noArgs(t.name() + ".as_integer_ratio", a, k);
            return PyTuple.of(PyInt.of(((PyInt) s).asBig()), PyInt.of(1));
        });
        IntBytes.install(t);
    }

    /** {@code int.real}, {@code int.imag}, {@code int.numerator}, {@code int.denominator}, or null. */
    static PyObject intAttribute(PyInt self, String name) {
        return switch (name) {
            case "real", "numerator" -> PyInt.of(self.asBig());
            case "imag" -> PyInt.of(0);
            case "denominator" -> PyInt.of(1);
            default -> null;
        };
    }

    static void installFloat(PyType t) {
        def(t, "is_integer", (s, a, k) -> {
            ArgParser.noArgs(t.name() + ".is_integer", a, k);
            double v = ((PyFloat) s).value;
            return PyBool.of(Double.isFinite(v) && v == Math.rint(v));
        });
        def(t, "as_integer_ratio", (s, a, k) -> {
            ArgParser.noArgs(t.name() + ".as_integer_ratio", a, k);
            double v = ((PyFloat) s).value;
            if (Double.isNaN(v)) {
                throw PyErrors.valueError("cannot convert NaN to integer ratio");
            }
            if (Double.isInfinite(v)) {
                throw PyErrors.overflowError("cannot convert Infinity to integer ratio");
            }
            BigDecimal d = new BigDecimal(v);
            BigInteger num = d.unscaledValue();
            BigInteger den = BigInteger.ONE;
            if (d.scale() > 0) {
                den = BigInteger.TEN.pow(d.scale());
            } else {
                num = num.multiply(BigInteger.TEN.pow(-d.scale()));
            }
            BigInteger g = num.gcd(den);
            return PyTuple.of(PyInt.of(num.divide(g)), PyInt.of(den.divide(g)));
        });
        def(t, "conjugate", (s, a, k) -> {
            ArgParser.noArgs(t.name() + ".conjugate", a, k);
            return s.type() == PyFloat.TYPE ? s : new PyFloat(((PyFloat) s).value);
        });
        FloatHex.install(t);
    }

    static PyObject floatAttribute(PyFloat self, String name) {
        return switch (name) {
            case "real" -> self.type() == PyFloat.TYPE ? self : new PyFloat(self.value);
            case "imag" -> new PyFloat(0.0);
            default -> null;
        };
    }
}
