package dev.terrarium.runtime;

import java.math.BigInteger;

/**
 * Three-argument {@code pow(base, exp, mod)} as CPython's {@code ternary_op}: the power slot of
 * the type of {@code base}, then of {@code exp}, then of {@code mod} (each type tried once)
 * until one does not return NotImplemented. int's slot only accepts three ints; float's
 * raises "pow() 3rd argument not allowed..." and complex's "complex modulo" once both
 * operands convert; a guest class's {@code __pow__(exp, mod)} is only tried for {@code base}.
 */
final class TernaryPow {
    private TernaryPow() {}

    private static final PyObject NI = PyNotImplemented.INSTANCE;

    static PyObject pow(PyObject v, PyObject w, PyObject z) {
        PyObject r = slot(v, v, w, z);
        if (r == NI && w.type() != v.type()) {
            r = slot(w, v, w, z);
        }
        if (r == NI && z.type() != v.type() && z.type() != w.type()) {
            r = slot(z, v, w, z);
        }
        if (r == NI) {
            throw PyErrors.typeError("unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                    v.type().name(), w.type().name(), z.type().name());
        }
        return r;
    }

    /** The power slot of {@code owner}'s type applied to (v, w, z). */
    private static PyObject slot(PyObject owner, PyObject v, PyObject w, PyObject z) {
        if (owner.type().guestOverride("__pow__") != null) {
            // slot_nb_power of a guest class (built-in types have __pow__ too, as slot wrappers
            // that come back here): three-argument power never uses __rpow__.
            if (owner != v) {
                return NI;
            }
            return Special.call2(v, "__pow__", w, z);
        }
        if (owner instanceof PyComplex) {
            if (isComplexOperand(v) && isComplexOperand(w)) {
                throw PyErrors.valueError("complex modulo");
            }
            return NI;
        }
        if (owner instanceof PyFloat) {
            if (isFloatOperand(v) && isFloatOperand(w)) {
                throw PyErrors.typeError("pow() 3rd argument not allowed unless all arguments are integers");
            }
            return NI;
        }
        if (owner instanceof PyInt) {
            if (v instanceof PyInt b && w instanceof PyInt e && z instanceof PyInt m) {
                return modPow(b, e, m);
            }
            return NI;
        }
        return NI;
    }

    private static boolean isFloatOperand(PyObject o) {
        return o instanceof PyFloat || o instanceof PyInt;
    }

    private static boolean isComplexOperand(PyObject o) {
        return o instanceof PyComplex || isFloatOperand(o);
    }

    /** CPython's {@code long_pow} with a modulus, including modular inverses for negative exponents. */
    static PyInt modPow(PyInt b, PyInt e, PyInt m) {
        BigInteger mod = m.asBig();
        if (mod.signum() == 0) {
            throw PyErrors.valueError("pow() 3rd argument cannot be 0");
        }
        BigInteger base = b.asBig();
        BigInteger exp = e.asBig();
        BigInteger am = mod.abs();
        BigInteger r;
        if (exp.signum() < 0) {
            try {
                r = base.modInverse(am).modPow(exp.negate(), am);
            } catch (ArithmeticException ex) {
                throw PyErrors.valueError("base is not invertible for the given modulus");
            }
        } else {
            r = base.modPow(exp, am);
        }
        if (mod.signum() < 0 && r.signum() != 0) {
            r = r.add(mod);
        }
        return PyInt.of(r);
    }
}
