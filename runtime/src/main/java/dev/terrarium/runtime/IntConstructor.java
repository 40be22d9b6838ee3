package dev.terrarium.runtime;

import dev.terrarium.runtime.text.IntDigitLimitExceededException;
import dev.terrarium.runtime.text.NumberParser;
import java.math.BigInteger;

/** {@code int(x=0)} and {@code int(x, base=10)}; compare CPython {@code long_new_impl}. */
final class IntConstructor {
    private IntConstructor() {}

    static PyObject construct(PyType type, PyObject[] args, String[] kwnames) {
        int npos = ArgParser.positionalCount(args, kwnames);
        PyObject baseArg = ArgParser.keyword("int", args, kwnames, "base");
        if (npos > 2) {
            throw PyErrors.typeError("int() takes at most 2 arguments (%d given)", npos);
        }
        if (npos == 2) {
            if (baseArg != null) {
                throw PyErrors.typeError("argument for int() given by name ('base') and position (2)");
            }
            baseArg = args[1];
        }
        if (npos == 0) {
            if (baseArg != null) {
                throw PyErrors.typeError("int() missing string argument");
            }
            return PyInt.of(0);
        }
        PyObject x = args[0];
        if (baseArg == null) {
            return toInt(x);
        }
        int base = ArgParser.index(baseArg).asInt();
        if (base != 0 && (base < 2 || base > 36)) {
            throw PyErrors.valueError("int() base must be >= 2 and <= 36, or 0");
        }
        if (x instanceof PyBytesLike b) {
            return parseBytes(b, base);
        }
        if (!(x instanceof PyStr s)) {
            throw PyErrors.typeError("int() can't convert non-string with explicit base");
        }
        return parse(s, base);
    }

    /** {@code int(x)} for one argument. */
    static PyInt toInt(PyObject x) {
        if (DerivedSlots.isDerived(x)) {
            // A subclass's own __int__ (or, lacking the built-in's, __index__/__trunc__) comes
            // first, as CPython's nb_int slot does; a str or bytes subclass then parses.
            PyInt fromMethod = NumberProtocol.toIntOrNull(x);
            if (fromMethod != null) {
                return fromMethod;
            }
        }
        if (x instanceof PyInt i) {
            return i.type() == PyInt.TYPE ? i : PyInt.of(i.asBig());
        }
        if (x instanceof PyFloat f) {
            return fromDouble(f.value);
        }
        if (x instanceof PyStr s) {
            return parse(s, 10);
        }
        if (x instanceof PyBytesLike b) {
            return parseBytes(b, 10);
        }
        if (x instanceof PyMemoryView m) {
            return parseBytes(new PyBytes(m.toBytes()), 10);
        }
        PyInt fromMethod = NumberProtocol.toIntOrNull(x);
        if (fromMethod != null) {
            return fromMethod.type() == PyInt.TYPE ? fromMethod : PyInt.of(fromMethod.asBig());
        }
        throw PyErrors.typeError("int() argument must be a string, a bytes-like object or a real number, not '%s'",
                x.type().name());
    }

    static PyInt fromDouble(double d) {
        if (Double.isNaN(d)) {
            throw PyErrors.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw PyErrors.overflowError("cannot convert float infinity to integer");
        }
        if (Math.abs(d) < 9.0e18) {
            return PyInt.of((long) d);
        }
        return PyInt.of(new java.math.BigDecimal(d).toBigInteger());
    }

    /** {@code int(b, base)} for bytes or bytearray; the message shows the value as bytes, as CPython's does. */
    static PyInt parseBytes(PyBytesLike b, int base) {
        Number v;
        byte[] data = b.toByteArray();
        try {
            v = NumberParser.parseIntCompact(data, base, IntLimits.maxStrDigits());
        } catch (IntDigitLimitExceededException e) {
            throw PyErrors.valueError("%s", e.getMessage());
        }
        if (v == null) {
            throw PyErrors.valueError("invalid literal for int() with base %d: %s", base, truncated(new PyBytes(data).repr()));
        }
        return v instanceof Long l ? PyInt.of(l) : PyInt.of((BigInteger) v);
    }

    /** CPython's {@code %.200R}: the repr cut to its first 200 code points. */
    private static String truncated(String repr) {
        if (repr.codePointCount(0, repr.length()) <= 200) {
            return repr;
        }
        return repr.substring(0, repr.offsetByCodePoints(0, 200));
    }

    static PyInt parse(PyStr s, int base) {
        BigInteger v;
        try {
            v = NumberParser.parseInt(s.value(), base, IntLimits.maxStrDigits());
        } catch (IntDigitLimitExceededException e) {
            throw PyErrors.valueError("%s", e.getMessage());
        }
        if (v == null) {
            throw PyErrors.valueError("invalid literal for int() with base %d: %s", base, truncated(s.repr()));
        }
        return PyInt.of(v);
    }
}
