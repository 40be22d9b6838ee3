package dev.terrarium.runtime;

/**
 * The conversion special methods of guest classes as int(), float() and complex() use them
 * (compare CPython's {@code PyNumber_Long}, {@code PyNumber_Float} and
 * {@code try_complex_special_method}). Each returns null when the class defines none of the
 * methods it consults, so the caller raises its own message.
 */
final class NumberProtocol {
    private NumberProtocol() {}

    /** {@code __int__}, else {@code __index__}, else {@code __trunc__}. */
    static PyInt toIntOrNull(PyObject x) {
        if (!(x instanceof PyInstance)) {
            return null;
        }
        PyObject r = Special.call0(x, "__int__");
        if (r != null) {
            if (r instanceof PyInt i) {
                return i;
            }
            throw PyErrors.typeError("__int__ returned non-int (type %s)", r.type().name());
        }
        PyInt index = ArgParser.indexOrNull(x);
        if (index != null) {
            return index;
        }
        r = Special.call0(x, "__trunc__");
        if (r != null) {
            PyInt i = ArgParser.indexOrNull(r);
            if (i == null) {
                throw PyErrors.typeError("__trunc__ returned non-Integral (type %s)", r.type().name());
            }
            return i;
        }
        return null;
    }

    /** {@code __float__} (which must return a float), else {@code __index__}. */
    static PyFloat toFloatOrNull(PyObject x) {
        if (!(x instanceof PyInstance)) {
            return null;
        }
        PyObject r = Special.call0(x, "__float__");
        if (r != null) {
            if (r instanceof PyFloat f) {
                return f;
            }
            throw PyErrors.typeError("%s.__float__ returned non-float (type %s)", x.type().name(), r.type().name());
        }
        PyInt index = ArgParser.indexOrNull(x);
        return index == null ? null : new PyFloat(index.asDouble());
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
