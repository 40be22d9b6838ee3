package dev.terrarium.runtime;

import dev.terrarium.runtime.text.UnicodeProps;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The searching and splitting methods of {@code str}: find, rfind, index, rindex, count,
 * startswith, endswith, partition, rpartition, split, rsplit, splitlines, replace,
 * removeprefix, removesuffix (compare CPython Objects/unicodeobject.c and
 * Objects/stringlib/). Indices are code points; the Java string is searched in UTF-16
 * units and positions are converted at the boundary.
 */
final class StrSearch {
    private StrSearch() {}

    /** UTF-16 offset of code point index {@code cp} in {@code s}. */
    static int charOffset(PyStr s, long cp) {
        String v = s.value();
        if (s.length() == v.length()) {
            return (int) cp;
        }
        return v.offsetByCodePoints(0, (int) cp);
    }

    /** Code point index of UTF-16 offset {@code off} in {@code s}. */
    static int cpIndex(PyStr s, int off) {
        String v = s.value();
        return s.length() == v.length() ? off : v.codePointCount(0, off);
    }

    private static int cpLen(String s) {
        return s.codePointCount(0, s.length());
    }

    /** {@code find} (dir > 0) or {@code rfind}; -1 when absent. */
    static long find(PyStr self, PyObject[] a, String[] k, String name, boolean forward) {
        StrArgs.findArity(name, a, k, 1, 3);
        String sub = StrArgs.str(a[0]);
        long[] se = StrArgs.adjust(a.length > 1 ? a[1] : null, a.length > 2 ? a[2] : null, self.length());
        return find(self, sub, se[0], se[1], forward);
    }

    static long find(PyStr self, String sub, long start, long end, boolean forward) {
        if (end - start < cpLen(sub)) {
            return -1;
        }
        if (sub.isEmpty()) {
            return forward ? start : end;
        }
        String v = self.value();
        int cs = charOffset(self, start);
        int ce = charOffset(self, end);
        int at;
        if (forward) {
            at = indexOf(v, sub, cs);
            if (at < 0 || at + sub.length() > ce) {
                return -1;
            }
        } else {
            at = lastIndexOf(v, sub, ce - sub.length());
            if (at < cs) {
                return -1;
            }
        }
        return cpIndex(self, at);
    }

    static PyObject index(PyStr self, PyObject[] a, String[] k, String name, boolean forward) {
        long r = find(self, a, k, name, forward);
        if (r < 0) {
            throw PyErrors.valueError("substring not found");
        }
        return PyInt.of(r);
    }

    static PyObject count(PyStr self, PyObject[] a, String[] k) {
        StrArgs.findArity("count", a, k, 1, 3);
        String sub = StrArgs.str(a[0]);
        long[] se = StrArgs.adjust(a.length > 1 ? a[1] : null, a.length > 2 ? a[2] : null, self.length());
        long start = se[0];
        long end = se[1];
        if (end - start < cpLen(sub)) {
            return PyInt.of(0);
        }
        if (sub.isEmpty()) {
            return PyInt.of(end - start + 1);
        }
        String v = self.value();
        int ce = charOffset(self, end);
        long n = 0;
        for (int at = indexOf(v, sub, charOffset(self, start)); at >= 0 && at + sub.length() <= ce;
                at = indexOf(v, sub, at + sub.length())) {
            n++;
        }
        return PyInt.of(n);
    }

    /** {@code startswith} / {@code endswith} (compare CPython {@code tailmatch}). */
    static PyObject affix(PyStr self, PyObject[] a, String[] k, String name, boolean prefix) {
        StrArgs.findArity(name, a, k, 1, 3);
        PyObject arg = a[0];
        long[] se = StrArgs.adjust(a.length > 1 ? a[1] : null, a.length > 2 ? a[2] : null, self.length());
        if (arg instanceof PyTuple t) {
            for (int i = 0; i < t.size(); i++) {
                PyObject x = t.get(i);
                if (!(x instanceof PyStr xs)) {
                    throw PyErrors.typeError("tuple for %s must only contain str, not %s", name, x.type().name());
                }
                if (tailMatch(self, xs, se[0], se[1], prefix)) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        }
        if (!(arg instanceof PyStr s)) {
            throw PyErrors.typeError("%s first arg must be str or a tuple of str, not %s", name, arg.type().name());
        }
        return PyBool.of(tailMatch(self, s, se[0], se[1], prefix));
    }

    private static boolean tailMatch(PyStr self, PyStr sub, long start, long end, boolean prefix) {
        long last = end - sub.length();
        if (last < start) {
            return false;
        }
        int at = charOffset(self, prefix ? start : last);
        return startsWith(self.value(), sub.value(), at);
    }

    static PyObject partition(PyStr self, PyObject[] a, String[] k, boolean fromRight) {
        String name = fromRight ? "rpartition" : "partition";
        String sep = StrArgs.str(StrArgs.one(name, a, k));
        if (sep.isEmpty()) {
            throw PyErrors.valueError("empty separator");
        }
        String v = self.value();
        int at = fromRight ? lastIndexOf(v, sep, v.length()) : indexOf(v, sep, 0);
        if (at < 0) {
            return fromRight ? PyTuple.of(PyStr.of(""), PyStr.of(""), self) : PyTuple.of(self, PyStr.of(""), PyStr.of(""));
        }
        return PyTuple.of(PyStr.of(v.substring(0, at)), a[0], PyStr.of(v.substring(at + sep.length())));
    }

    /** {@code split(sep=None, maxsplit=-1)} and {@code rsplit}. */
    static PyObject split(PyStr self, PyObject[] a, String[] k, boolean fromRight) {
        String name = fromRight ? "rsplit" : "split";
        PyObject[] p = bindKeywords(name, a, k, "sep", "maxsplit");
        String sep = null;
        if (p[0] != null && p[0] != PyNone.INSTANCE) {
            if (!(p[0] instanceof PyStr s)) {
                throw PyErrors.typeError("must be str or None, not %s", p[0].type().name());
            }
            sep = s.value();
        }
        long max = p[1] == null ? -1 : StrArgs.ssize(p[1]);
        if (max < 0) {
            max = Long.MAX_VALUE;
        }
        String v = self.value();
        List<PyObject> out = new ArrayList<>();
        if (sep == null) {
            if (fromRight) {
                rsplitWhitespace(v, max, out);
            } else {
                splitWhitespace(v, max, out);
            }
        } else if (sep.isEmpty()) {
            throw PyErrors.valueError("empty separator");
        } else if (fromRight) {
            int end = v.length();
            while (out.size() < max) {
                int at = lastIndexOf(v, sep, end - sep.length());
                if (at < 0) {
                    break;
                }
                out.add(PyStr.of(v.substring(at + sep.length(), end)));
                end = at;
            }
            out.add(end == v.length() && out.isEmpty() ? self : PyStr.of(v.substring(0, end)));
            Collections.reverse(out);
        } else {
            int from = 0;
            while (out.size() < max) {
                int at = indexOf(v, sep, from);
                if (at < 0) {
                    break;
                }
                out.add(PyStr.of(v.substring(from, at)));
                from = at + sep.length();
            }
            out.add(from == 0 ? self : PyStr.of(v.substring(from)));
        }
        return new PyList(out.toArray(new PyObject[0]));
    }

    private static boolean space(char c) {
        return UnicodeProps.isSpace(c);
    }

    private static void splitWhitespace(String v, long max, List<PyObject> out) {
        int i = 0;
        int n = v.length();
        while (true) {
            while (i < n && space(v.charAt(i))) {
                i++;
            }
            if (i >= n) {
                return;
            }
            if (out.size() >= max) {
                out.add(i == 0 ? PyStr.of(v) : PyStr.of(v.substring(i)));
                return;
            }
            int j = i;
            while (j < n && !space(v.charAt(j))) {
                j++;
            }
            out.add(PyStr.of(v.substring(i, j)));
            i = j;
        }
    }

    private static void rsplitWhitespace(String v, long max, List<PyObject> out) {
        int i = v.length();
        while (true) {
            while (i > 0 && space(v.charAt(i - 1))) {
                i--;
            }
            if (i <= 0) {
                break;
            }
            if (out.size() >= max) {
                out.add(PyStr.of(v.substring(0, i)));
                break;
            }
            int j = i;
            while (j > 0 && !space(v.charAt(j - 1))) {
                j--;
            }
            out.add(PyStr.of(v.substring(j, i)));
            i = j;
        }
        Collections.reverse(out);
    }

    /**
     * Binds positional-or-keyword arguments {@code names} of a function with CPython's
     * clinic messages; missing ones are null.
     */
    static PyObject[] bindKeywords(String fname, PyObject[] a, String[] k, String... names) {
        int npos = ArgParser.positionalCount(a, k);
        if (a.length > names.length) {
            // "keyword" when all were given by name (compare _PyArg_UnpackKeywords)
            throw PyErrors.typeError("%s() takes at most %d %sargument%s (%d given)", fname, names.length,
                    npos == 0 ? "keyword " : "", names.length == 1 ? "" : "s", a.length);
        }
        PyObject[] out = new PyObject[names.length];
        System.arraycopy(a, 0, out, 0, npos);
        if (k != null) {
            for (int i = 0; i < k.length; i++) {
                int slot = -1;
                for (int j = 0; j < names.length; j++) {
                    if (names[j].equals(k[i])) {
                        slot = j;
                    }
                }
                if (slot < 0) {
                    throw PyErrors.typeError("'%s' is an invalid keyword argument for %s()", k[i], fname);
                }
                if (slot < npos) {
                    throw PyErrors.typeError("argument for %s() given by name ('%s') and position (%d)", fname, k[i], slot + 1);
                }
                out[slot] = a[npos + i];
            }
        }
        return out;
    }

    /** True for the code points {@code str.splitlines} breaks at. */
    static boolean isLineBreak(char c) {
        return switch (c) {
            case '\n', '\r', 0x0b, 0x0c, 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029 -> true;
            default -> false;
        };
    }

    static PyObject splitlines(PyStr self, PyObject[] a, String[] k) {
        if (k != null && k.length > 1) {
            throw PyErrors.typeError("splitlines() takes at most 1 keyword argument (%d given)", k.length);
        }
        PyObject[] p = bindKeywords("splitlines", a, k, "keepends");
        boolean keep = p[0] != null && StrArgs.cInt(p[0]) != 0;
        String v = self.value();
        List<PyObject> out = new ArrayList<>();
        int n = v.length();
        int i = 0;
        while (i < n) {
            int j = i;
            while (j < n && !isLineBreak(v.charAt(j))) {
                j++;
            }
            int eol = j;
            if (j < n) {
                j += v.charAt(j) == '\r' && j + 1 < n && v.charAt(j + 1) == '\n' ? 2 : 1;
                if (keep) {
                    eol = j;
                }
            }
            out.add(i == 0 && eol == n ? self : PyStr.of(v.substring(i, eol)));
            i = j;
        }
        return new PyList(out.toArray(new PyObject[0]));
    }

    static PyObject replace(PyStr self, PyObject[] a, String[] k) {
        StrArgs.noKeywords("replace", k);
        ArgParser.arity("replace", a, 2, 3);
        String old = StrArgs.strArg("replace", 1, a[0]);
        String rep = StrArgs.strArg("replace", 2, a[1]);
        long count = a.length == 3 ? StrArgs.ssize(a[2]) : -1;
        if (count < 0) {
            count = Long.MAX_VALUE;
        }
        String v = self.value();
        CpuBudget.charge(v.length() >> 4);
        StringBuilder b = new StringBuilder();
        if (old.isEmpty()) {
            int i = 0;
            long done = 0;
            while (done < count) {
                b.append(rep);
                done++;
                if (i >= v.length()) {
                    break;
                }
                int next = i + Character.charCount(v.codePointAt(i));
                b.append(v, i, next);
                i = next;
                Budget.checkBytes(2L * b.length());
            }
            b.append(v, Math.min(i, v.length()), v.length());
            return PyStr.of(b.toString());
        }
        int from = 0;
        for (long c = 0; c < count; c++) {
            int at = indexOf(v, old, from);
            if (at < 0) {
                break;
            }
            b.append(v, from, at).append(rep);
            from = at + old.length();
            Budget.checkBytes(2L * b.length());
        }
        if (from == 0) {
            return self;
        }
        b.append(v, from, v.length());
        return PyStr.of(b.toString());
    }

    static PyObject removeAffix(PyStr self, PyObject[] a, String[] k, boolean prefix) {
        String name = prefix ? "removeprefix" : "removesuffix";
        PyObject arg = StrArgs.one(name, a, k);
        if (!(arg instanceof PyStr s)) {
            throw PyErrors.typeError("%s() argument must be str, not %s", name, StrArgs.clinicName(arg));
        }
        String v = self.value();
        String x = s.value();
        if (prefix && startsWith(v, x, 0)) {
            return PyStr.of(v.substring(x.length()));
        }
        if (!prefix && !x.isEmpty() && v.length() >= x.length() && startsWith(v, x, v.length() - x.length())) {
            return PyStr.of(v.substring(0, v.length() - x.length()));
        }
        return self;
    }

    // ---- searching by code point -------------------------------------------------------
    // A str is a sequence of code points: a match may not begin or end inside a surrogate
    // pair, which only a needle starting with a low or ending with a high surrogate can do.

    static int indexOf(String v, String sub, int from) {
        int at = v.indexOf(sub, from);
        if (!maySplitPairs(sub)) {
            return at;
        }
        while (at >= 0 && !aligned(v, at, sub.length())) {
            at = v.indexOf(sub, at + 1);
        }
        return at;
    }

    static int lastIndexOf(String v, String sub, int from) {
        int at = v.lastIndexOf(sub, from);
        if (!maySplitPairs(sub)) {
            return at;
        }
        while (at >= 0 && !aligned(v, at, sub.length())) {
            at = at == 0 ? -1 : v.lastIndexOf(sub, at - 1);
        }
        return at;
    }

    static boolean startsWith(String v, String sub, int at) {
        return v.startsWith(sub, at) && (!maySplitPairs(sub) || aligned(v, at, sub.length()));
    }

    private static boolean maySplitPairs(String sub) {
        return !sub.isEmpty() && (Character.isLowSurrogate(sub.charAt(0)) || Character.isHighSurrogate(sub.charAt(sub.length() - 1)));
    }

    private static boolean aligned(String v, int at, int len) {
        if (at > 0 && at < v.length() && Character.isLowSurrogate(v.charAt(at)) && Character.isHighSurrogate(v.charAt(at - 1))) {
            return false;
        }
        int end = at + len;
        return !(end > 0 && end < v.length() && Character.isHighSurrogate(v.charAt(end - 1)) && Character.isLowSurrogate(v.charAt(end)));
    }
}
