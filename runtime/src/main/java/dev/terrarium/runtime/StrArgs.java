package dev.terrarium.runtime;

import java.math.BigInteger;

/**
 * Argument conversions shared by the str methods, with CPython's messages: slice-style
 * start/end indices ({@code _PyEval_SliceIndex} and {@code ADJUST_INDICES}), Py_ssize_t
 * and C int arguments, and str arguments.
 */
final class StrArgs {
    private StrArgs() {}

    static final BigInteger SSIZE_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    /** Rejects keywords with the clinic message {@code str.name() takes no keyword arguments}. */
    static void noKeywords(String name, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyErrors.typeError("str.%s() takes no keyword arguments", name);
        }
    }

    /** {@code str.name()} with no arguments at all. */
    static void noArgs(String name, PyObject[] args, String[] kwnames) {
        noKeywords(name, kwnames);
        if (args.length != 0) {
            throw PyErrors.typeError("str.%s() takes no arguments (%d given)", name, args.length);
        }
    }

    /** {@code str.name(x)}: exactly one positional argument. */
    static PyObject one(String name, PyObject[] args, String[] kwnames) {
        noKeywords(name, kwnames);
        if (args.length != 1) {
            throw PyErrors.typeError("str.%s() takes exactly one argument (%d given)", name, args.length);
        }
        return args[0];
    }

    /** The "find family" arity check: {@code name() takes at least 1 argument (0 given)}. */
    static void findArity(String name, PyObject[] args, String[] kwnames, int min, int max) {
        noKeywords(name, kwnames);
        if (args.length < min) {
            throw PyErrors.typeError("%s() takes at least %d argument%s (%d given)", name, min, min == 1 ? "" : "s", args.length);
        }
        if (args.length > max) {
            throw PyErrors.typeError("%s() takes at most %d argument%s (%d given)", name, max, max == 1 ? "" : "s", args.length);
        }
    }

    static String str(PyObject o) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        throw PyErrors.typeError("must be str, not %s", o.type().name());
    }

    /** A str argument of a clinic function: {@code name() argument n must be str, not int}. */
    static String strArg(String fname, int position, PyObject o) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        throw PyErrors.typeError("%s() argument %d must be str, not %s", fname, position, clinicName(o));
    }

    /** A type name as Argument Clinic's messages give it: {@code None} for None. */
    static String clinicName(PyObject o) {
        return o == PyNone.INSTANCE ? "None" : o.type().name();
    }

    /** A Py_ssize_t argument (compare {@code PyNumber_AsSsize_t} with OverflowError). */
    static long ssize(PyObject o) {
        PyInt i = ArgParser.index(o);
        if (!i.isSmall()) {
            throw PyErrors.overflowError("Python int too large to convert to C ssize_t");
        }
        return i.value;
    }

    /** A C int argument. */
    static int cInt(PyObject o) {
        PyInt i = ArgParser.index(o);
        if (!i.isSmall() || i.value != (int) i.value) {
            throw PyErrors.overflowError("Python int too large to convert to C int");
        }
        return (int) i.value;
    }

    /** A slice index: None gives {@code dflt}; huge ints clamp (compare {@code _PyEval_SliceIndex}). */
    static long sliceIndex(PyObject o, long dflt) {
        if (o == null || o == PyNone.INSTANCE) {
            return dflt;
        }
        o = Sequences.indexKey(o);
        if (o instanceof PyInt i) {
            if (i.isSmall()) {
                return i.value;
            }
            return i.asBig().signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        throw PyErrors.typeError("slice indices must be integers or None or have an __index__ method");
    }

    /**
     * CPython's {@code ADJUST_INDICES}: negative indices count from the end and clamp at 0,
     * end clamps at len. The start may stay beyond len (callers check {@code end - start}).
     * Returns {start, end}.
     */
    static long[] adjust(PyObject startArg, PyObject endArg, int len) {
        long start = sliceIndex(startArg, 0);
        long end = sliceIndex(endArg, Long.MAX_VALUE);
        if (end > len) {
            end = len;
        } else if (end < 0) {
            end += len;
            if (end < 0) {
                end = 0;
            }
        }
        if (start < 0) {
            start += len;
            if (start < 0) {
                start = 0;
            }
        }
        return new long[] {start, end};
    }
}
