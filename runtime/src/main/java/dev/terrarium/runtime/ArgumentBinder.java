package dev.terrarium.runtime;

/**
 * Matches a call's arguments to a Python function's parameters, as CPython's
 * {@code _PyEval_MakeFrameVector} does, with its error messages.
 */
final class ArgumentBinder {
    private ArgumentBinder() {}

    static PyObject[] bind(PyFunction f, PyObject[] args, String[] kwnames) {
        String[] names = f.parameterNames;
        int n = names.length;
        int npos = ArgParser.positionalCount(args, kwnames);
        String fname = f.qualname(); // CPython 3.10+ names the function by its qualified name
        if (npos > n) {
            int min = n - f.defaults.length;
            String expected = min == n ? String.valueOf(n) : "from " + min + " to " + n;
            throw PyErrors.typeError("%s() takes %s positional argument%s but %d %s given", fname, expected,
                    n == 1 && min == n ? "" : "s", npos, npos == 1 ? "was" : "were");
        }
        PyObject[] out = new PyObject[n];
        System.arraycopy(args, 0, out, 0, npos);
        if (kwnames != null) {
            for (int k = 0; k < kwnames.length; k++) {
                String kw = kwnames[k];
                int slot = -1;
                for (int i = 0; i < n; i++) {
                    if (names[i].equals(kw)) {
                        slot = i;
                        break;
                    }
                }
                if (slot < 0) {
                    throw PyErrors.typeError("%s() got an unexpected keyword argument '%s'", fname, kw);
                }
                if (out[slot] != null) {
                    throw PyErrors.typeError("%s() got multiple values for argument '%s'", fname, kw);
                }
                out[slot] = args[npos + k];
            }
        }
        int firstDefault = n - f.defaults.length;
        int missing = 0;
        for (int i = 0; i < n; i++) {
            if (out[i] == null) {
                if (i >= firstDefault) {
                    out[i] = f.defaults[i - firstDefault];
                } else {
                    missing++;
                }
            }
        }
        if (missing > 0) {
            StringBuilder list = new StringBuilder();
            int seen = 0;
            for (int i = 0; i < firstDefault; i++) {
                if (out[i] == null) {
                    if (seen > 0) {
                        list.append(missing == 2 ? " and " : seen == missing - 1 ? ", and " : ", ");
                    }
                    list.append('\'').append(names[i]).append('\'');
                    seen++;
                }
            }
            throw PyErrors.typeError("%s() missing %d required positional argument%s: %s", fname, missing,
                    missing == 1 ? "" : "s", list);
        }
        return out;
    }
}
