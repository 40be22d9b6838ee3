package dev.terrarium.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * Matches a call's arguments to a Python function's parameters, as CPython's
 * {@code _PyEval_MakeFrameVector} / {@code initialize_locals} do, with their error messages.
 */
final class ArgumentBinder {
    private ArgumentBinder() {}

    static PyObject[] bind(PyFunction f, PyObject[] args, String[] kwnames) {
        Signature sig = f.signature;
        String[] names = sig.names;
        int npos = ArgParser.positionalCount(args, kwnames);
        String fname = f.qualname(); // CPython 3.10+ names the function by its qualified name
        PyObject[] out = new PyObject[sig.size()];
        int copied = Math.min(npos, sig.positional);
        System.arraycopy(args, 0, out, 0, copied);
        if (npos > sig.positional) {
            if (!sig.varargs) {
                throw tooManyPositional(f, npos, args, kwnames);
            }
            PyObject[] extra = new PyObject[npos - sig.positional];
            System.arraycopy(args, sig.positional, extra, 0, extra.length);
            out[sig.varargsIndex()] = new PyTuple(extra);
        } else if (sig.varargs) {
            out[sig.varargsIndex()] = PyTuple.EMPTY;
        }
        PyDict kwargs = sig.varkw ? new PyDict() : null;
        List<String> posonlyPassedByName = null;
        if (kwnames != null) {
            for (int k = 0; k < kwnames.length; k++) {
                String kw = kwnames[k];
                PyObject value = args[npos + k];
                int slot = -1;
                for (int i = sig.posonly; i < sig.positional + sig.kwonly; i++) {
                    if (names[i].equals(kw)) {
                        slot = i;
                        break;
                    }
                }
                if (slot >= 0) {
                    if (out[slot] != null) {
                        throw PyErrors.typeError("%s() got multiple values for argument '%s'", fname, kw);
                    }
                    out[slot] = value;
                    continue;
                }
                if (kwargs != null) {
                    kwargs.put(PyStr.of(kw), value);
                    continue;
                }
                boolean isPosonly = false;
                for (int i = 0; i < sig.posonly; i++) {
                    if (names[i].equals(kw)) {
                        isPosonly = true;
                        break;
                    }
                }
                if (isPosonly) {
                    if (posonlyPassedByName == null) {
                        posonlyPassedByName = new ArrayList<>();
                    }
                    posonlyPassedByName.add(kw);
                    continue;
                }
                throw PyErrors.typeError("%s() got an unexpected keyword argument '%s'", fname, kw);
            }
        }
        if (posonlyPassedByName != null) {
            throw PyErrors.typeError("%s() got some positional-only arguments passed as keyword arguments: '%s'", fname,
                    String.join(", ", posonlyPassedByName));
        }
        int firstDefault = sig.positional - f.defaults.length;
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < sig.positional; i++) {
            if (out[i] == null) {
                if (i >= firstDefault) {
                    out[i] = f.defaults[i - firstDefault];
                } else {
                    missing.add(names[i]);
                }
            }
        }
        if (!missing.isEmpty()) {
            throw missing(fname, missing, "positional");
        }
        for (int i = 0; i < sig.kwonly; i++) {
            int slot = sig.positional + i;
            if (out[slot] == null) {
                PyObject d = f.kwDefaults == null ? null : f.kwDefaults[i];
                if (d != null) {
                    out[slot] = d;
                } else {
                    missing.add(names[slot]);
                }
            }
        }
        if (!missing.isEmpty()) {
            throw missing(fname, missing, "keyword-only");
        }
        if (kwargs != null) {
            out[sig.varkwIndex()] = kwargs;
        }
        return out;
    }

    private static PyException missing(String fname, List<String> names, String kind) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                list.append(names.size() == 2 ? " and " : i == names.size() - 1 ? ", and " : ", ");
            }
            list.append('\'').append(names.get(i)).append('\'');
        }
        return PyErrors.typeError("%s() missing %d required %s argument%s: %s", fname, names.size(), kind,
                names.size() == 1 ? "" : "s", list);
    }

    /** Compare CPython {@code too_many_positional}. */
    private static PyException tooManyPositional(PyFunction f, int given, PyObject[] args, String[] kwnames) {
        Signature sig = f.signature;
        int n = sig.positional;
        int min = n - f.defaults.length;
        String expected = min == n ? String.valueOf(n) : "from " + min + " to " + n;
        int kwonlyGiven = 0;
        if (kwnames != null) {
            for (String kw : kwnames) {
                for (int i = sig.positional; i < sig.positional + sig.kwonly; i++) {
                    if (sig.names[i].equals(kw)) {
                        kwonlyGiven++;
                    }
                }
            }
        }
        String plural = n == 1 && min == n ? "" : "s";
        if (kwonlyGiven > 0) {
            return PyErrors.typeError("%s() takes %s positional argument%s but %d positional argument%s (and %d keyword-only argument%s) were given",
                    f.qualname(), expected, plural, given, given == 1 ? "" : "s", kwonlyGiven, kwonlyGiven == 1 ? "" : "s");
        }
        return PyErrors.typeError("%s() takes %s positional argument%s but %d %s given", f.qualname(), expected,
                plural, given, given == 1 ? "was" : "were");
    }
}
