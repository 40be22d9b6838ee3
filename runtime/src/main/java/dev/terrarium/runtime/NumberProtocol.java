package dev.terrarium.runtime;

/**
 * The conversion special methods of guest classes as int(), float() and complex() use them
 * (compare CPython's {@code PyNumber_Long}, {@code PyNumber_Float}, {@code PyFloat_AsDouble}
 * and {@code try_complex_special_method}). Each returns null when the class defines none of
 * the methods it consults, so the caller raises its own message.
 *
 * <p>Instances of classes deriving from a built-in go through the same lookups: a guest
 * {@code __float__} on a float subclass, or {@code __int__} on an int subclass, is what CPython's
 * slot calls, and the built-in's own {@code __float__}/{@code __int__} found along the MRO gives
 * the plain value otherwise.
 */
final class NumberProtocol {
    private NumberProtocol() {}

    private static boolean guestClass(PyObject x) {
        return x instanceof PyInstance || DerivedSlots.isDerived(x);
    }

    /**
     * {@code __int__}, else {@code __index__}, else {@code __trunc__}; the result is an exact
     * int (CPython accepts an int subclass from {@code __int__} with a DeprecationWarning and
     * converts it).
     */
    static PyInt toIntOrNull(PyObject x) {
        if (!guestClass(x)) {
            return null;
        }
        PyObject r = Special.call0(x, "__int__");
        if (r != null) {
            if (r instanceof PyInt i) {
                return exact(i);
            }
            throw PyErrors.typeError("__int__ returned non-int (type %s)", r.type().name());
        }
        PyInt index = ArgParser.indexOrNull(x);
        if (index != null) {
            return exact(index);
        }
        r = Special.call0(x, "__trunc__");
        if (r != null) {
            PyInt i = ArgParser.indexOrNull(r);
            if (i == null) {
                throw PyErrors.typeError("__trunc__ returned non-Integral (type %s)", r.type().name());
            }
            return exact(i);
        }
        return null;
    }

    private static PyInt exact(PyInt i) {
        return i.type() == PyInt.TYPE ? i : PyInt.of(i.asBig());
    }

    /**
     * {@code __float__} (which must return a float; a float subclass is converted), else
     * {@code __index__}: CPython's PyNumber_Float for a guest class.
     */
    static PyFloat toFloatOrNull(PyObject x) {
        if (!guestClass(x)) {
            return null;
        }
        PyObject r = Special.call0(x, "__float__");
        if (r != null) {
            if (r instanceof PyFloat f) {
                return f.type() == PyFloat.TYPE ? f : new PyFloat(f.value);
            }
            throw PyErrors.typeError("%s.__float__ returned non-float (type %s)", x.type().name(), r.type().name());
        }
        PyInt index = ArgParser.indexOrNull(x);
        return index == null ? null : new PyFloat(index.asDouble());
    }

    /**
     * CPython's PyFloat_AsDouble: a float (subclasses included, without calling their
     * {@code __float__}), else the type's {@code __float__}, else {@code __index__}; null when
     * none applies.
     */
    static Double asDoubleOrNull(PyObject x) {
        if (x instanceof PyFloat f) {
            return f.value;
        }
        if (x instanceof PyInt i && !DerivedSlots.isDerived(x)) {
            return i.asDouble();
        }
        PyFloat f = toFloatOrNull(x);
        return f == null ? null : f.value;
    }

    /** {@code __complex__}, which must return a complex. */
    static PyComplex toComplexOrNull(PyObject x) {
        if (!(x instanceof PyInstance)) {
            return null;
        }
        PyObject r = Special.call0(x, "__complex__");
        if (r == null) {
            return null;
        }
        if (r instanceof PyComplex c) {
            return c;
        }
        throw PyErrors.typeError("__complex__ returned non-complex (type %s)", r.type().name());
    }
}
