package dev.terrarium.runtime;

/**
 * Argument checks for built-in functions, with CPython's messages
 * (compare {@code Python/getargs.c} and Argument Clinic's generated checks).
 */
public final class ArgParser {
    private ArgParser() {}

    public static void noKeywords(String name, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyErrors.typeError("%s() takes no keyword arguments", name);
        }
    }

    public static void noArgs(String name, PyObject[] args, String[] kwnames) {
        noKeywords(name, kwnames);
        if (args.length != 0) {
            throw PyErrors.typeError("%s() takes no arguments (%d given)", name, args.length);
        }
    }

    /** Checks a positional-only call with between {@code min} and {@code max} arguments. */
    public static void arity(String name, PyObject[] args, int min, int max) {
        int n = args.length;
        if (n >= min && n <= max) {
            return;
        }
        if (min == max) {
            if (min == 0) {
                throw PyErrors.typeError("%s() takes no arguments (%d given)", name, n);
            }
            if (min == 1) {
                throw PyErrors.typeError("%s() takes exactly one argument (%d given)", name, n);
            }
            throw PyErrors.typeError("%s expected %d arguments, got %d", name, min, n);
        }
        if (n < min) {
            throw PyErrors.typeError("%s expected at least %d argument%s, got %d", name, min, min == 1 ? "" : "s", n);
        }
        throw PyErrors.typeError("%s expected at most %d argument%s, got %d", name, max, max == 1 ? "" : "s", n);
    }

    /** The number of positional arguments in a vectorcall argument array. */
    public static int positionalCount(PyObject[] args, String[] kwnames) {
        return kwnames == null ? args.length : args.length - kwnames.length;
    }

    /**
     * Returns the keyword argument {@code name} or null; raises CPython's error for any
     * keyword not in {@code allowed}.
     */
    public static PyObject keyword(String fname, PyObject[] args, String[] kwnames, String name, String... allowed) {
        if (kwnames == null) {
            return null;
        }
        PyObject found = null;
        int base = args.length - kwnames.length;
        for (int i = 0; i < kwnames.length; i++) {
            String k = kwnames[i];
            if (k.equals(name)) {
                found = args[base + i];
                continue;
            }
            boolean ok = false;
            for (String a : allowed) {
                if (a.equals(k)) {
                    ok = true;
                    break;
                }
            }
            if (!ok) {
                throw PyErrors.typeError("'%s' is an invalid keyword argument for %s()", k, fname);
            }
        }
        return found;
    }

    /** An int argument used as an index (compare CPython {@code PyNumber_Index}): an int or an object with {@code __index__}. */
    public static PyInt index(PyObject o) {
        PyInt i = indexOrNull(o);
        if (i != null) {
            return i;
        }
        throw PyErrors.typeError("'%s' object cannot be interpreted as an integer", o.type().name());
    }

    /**
     * {@code o} as an int if it is one or its class defines {@code __index__} (whose result
     * must be an int), else null, so callers can raise their own message.
     */
    public static PyInt indexOrNull(PyObject o) {
        if (o instanceof PyInt i) {
            return i;
        }
        if (!(o instanceof PyInstance) && !DerivedSlots.isDerived(o)) {
            return null;
        }
        PyObject r = Special.call0(o, "__index__");
        if (r == null) {
            return null;
        }
        if (r instanceof PyInt i) {
            return i;
        }
        throw PyErrors.typeError("__index__ returned non-int (type %s)", r.type().name());
    }
}
