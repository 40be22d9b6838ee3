package dev.terrarium.runtime;

import java.util.ArrayList;
import java.util.List;

/** The methods of {@code str} (a first set; the rest arrive with issue 5). */
final class StrMethods {
    private StrMethods() {}

    private static void def(PyType t, String name, PyMethodDescriptor.Body body) {
        t.define(name, new PyMethodDescriptor(t, name, body));
    }

    private static String self(PyObject o) {
        return ((PyStr) o).value();
    }

    private static String strArg(String method, PyObject o) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        throw PyErrors.typeError("must be str, not %s", o.type().name());
    }

    static void install(PyType t) {
        def(t, "upper", (s, a, k) -> {
            ArgParser.noArgs("upper", a, k);
            return PyStr.of(self(s).toUpperCase(java.util.Locale.ROOT));
        });
        def(t, "lower", (s, a, k) -> {
            ArgParser.noArgs("lower", a, k);
            return PyStr.of(self(s).toLowerCase(java.util.Locale.ROOT));
        });
        def(t, "strip", (s, a, k) -> strip(s, a, k, "strip", true, true));
        def(t, "lstrip", (s, a, k) -> strip(s, a, k, "lstrip", true, false));
        def(t, "rstrip", (s, a, k) -> strip(s, a, k, "rstrip", false, true));
        def(t, "join", (s, a, k) -> {
            ArgParser.noKeywords("join", k);
            ArgParser.arity("str.join", a, 1, 1);
            String sep = self(s);
            StringBuilder b = new StringBuilder();
            PyObject it = Ops.iter(a[0]);
            int i = 0;
            for (PyObject x = it.next(); x != null; x = it.next(), i++) {
                if (!(x instanceof PyStr xs)) {
                    throw PyErrors.typeError("sequence item %d: expected str instance, %s found", i, x.type().name());
                }
                if (i > 0) {
                    b.append(sep);
                }
                b.append(xs.value());
                Budget.checkBytes(2L * b.length());
            }
            return PyStr.of(b.toString());
        });
        def(t, "split", (s, a, k) -> split(self(s), a, k));
        def(t, "replace", (s, a, k) -> {
            ArgParser.noKeywords("replace", k);
            ArgParser.arity("replace", a, 2, 3);
            String old = strArg("replace", a[0]);
            String rep = strArg("replace", a[1]);
            long count = a.length == 3 ? ArgParser.index(a[2]).asLong() : -1;
            String v = self(s);
            if (count < 0) {
                return PyStr.of(v.replace(old, rep));
            }
            StringBuilder b = new StringBuilder();
            int from = 0;
            for (long c = 0; c < count; c++) {
                int at = v.indexOf(old, from);
                if (at < 0 || (old.isEmpty() && at > v.length())) {
                    break;
                }
                b.append(v, from, at).append(rep);
                if (old.isEmpty()) {
                    if (at < v.length()) {
                        b.append(v.charAt(at));
                    }
                    from = at + 1;
                    if (from > v.length()) {
                        break;
                    }
                } else {
                    from = at + old.length();
                }
            }
            if (from <= v.length()) {
                b.append(v, from, v.length());
            }
            return PyStr.of(b.toString());
        });
        def(t, "startswith", (s, a, k) -> affix(self(s), a, k, "startswith", true));
        def(t, "endswith", (s, a, k) -> affix(self(s), a, k, "endswith", false));
        def(t, "find", (s, a, k) -> {
            ArgParser.noKeywords("find", k);
            ArgParser.arity("find", a, 1, 1);
            String v = self(s);
            int at = v.indexOf(strArg("find", a[0]));
            return PyInt.of(at < 0 ? -1 : v.codePointCount(0, at));
        });
        def(t, "count", (s, a, k) -> {
            ArgParser.noKeywords("count", k);
            ArgParser.arity("count", a, 1, 1);
            String v = self(s);
            String sub = strArg("count", a[0]);
            if (sub.isEmpty()) {
                return PyInt.of(((PyStr) s).length() + 1L);
            }
            int n = 0;
            for (int at = v.indexOf(sub); at >= 0; at = v.indexOf(sub, at + sub.length())) {
                n++;
            }
            return PyInt.of(n);
        });
        def(t, "isdigit", (s, a, k) -> {
            ArgParser.noArgs("isdigit", a, k);
            String v = self(s);
            return PyBool.of(!v.isEmpty() && v.codePoints().allMatch(Character::isDigit));
        });
        def(t, "isalpha", (s, a, k) -> {
            ArgParser.noArgs("isalpha", a, k);
            String v = self(s);
            return PyBool.of(!v.isEmpty() && v.codePoints().allMatch(Character::isLetter));
        });
        def(t, "isspace", (s, a, k) -> {
            ArgParser.noArgs("isspace", a, k);
            String v = self(s);
            return PyBool.of(!v.isEmpty() && v.codePoints().allMatch(StrMethods::isPySpace));
        });
    }

    /** Python's whitespace (str.isspace): categories Zs, Zl, Zp and bidi WS/B/S. */
    static boolean isPySpace(int cp) {
        return switch (cp) {
            case ' ', '\t', '\n', 0x0b, 0x0c, '\r', 0x1c, 0x1d, 0x1e, 0x1f, 0x85 -> true;
            default -> cp > 0x7f && (Character.isSpaceChar(cp) || Character.isWhitespace(cp));
        };
    }

    private static PyObject strip(PyObject self, PyObject[] a, String[] k, String name, boolean left, boolean right) {
        ArgParser.noKeywords(name, k);
        ArgParser.arity(name, a, 0, 1);
        String v = self(self);
        String chars = a.length == 0 || a[0] == PyNone.INSTANCE ? null : strArg(name, a[0]);
        int start = 0;
        int end = v.length();
        if (left) {
            while (start < end && stripped(v.charAt(start), chars)) {
                start++;
            }
        }
        if (right) {
            while (end > start && stripped(v.charAt(end - 1), chars)) {
                end--;
            }
        }
        return PyStr.of(v.substring(start, end));
    }

    private static boolean stripped(char c, String chars) {
        return chars == null ? isPySpace(c) : chars.indexOf(c) >= 0;
    }

    private static PyObject split(String v, PyObject[] a, String[] k) {
        int npos = ArgParser.positionalCount(a, k);
        PyObject sepArg = npos > 0 ? a[0] : ArgParser.keyword("split", a, k, "sep", "maxsplit");
        PyObject maxArg = npos > 1 ? a[1] : ArgParser.keyword("split", a, k, "maxsplit", "sep");
        if (npos > 2) {
            throw PyErrors.typeError("split() takes at most 2 arguments (%d given)", npos);
        }
        long max = maxArg == null ? -1 : ArgParser.index(maxArg).asLong();
        List<PyObject> out = new ArrayList<>();
        if (sepArg == null || sepArg == PyNone.INSTANCE) {
            int i = 0;
            int n = v.length();
            while (true) {
                while (i < n && isPySpace(v.charAt(i))) {
                    i++;
                }
                if (i >= n) {
                    break;
                }
                if (max >= 0 && out.size() >= max) {
                    int end = n;
                    while (end > i && isPySpace(v.charAt(end - 1))) {
                        end--;
                    }
                    out.add(PyStr.of(v.substring(i, end)));
                    break;
                }
                int j = i;
                while (j < n && !isPySpace(v.charAt(j))) {
                    j++;
                }
                out.add(PyStr.of(v.substring(i, j)));
                i = j;
            }
        } else {
            String sep = strArg("split", sepArg);
            if (sep.isEmpty()) {
                throw PyErrors.valueError("empty separator");
            }
            int from = 0;
            while (max < 0 || out.size() < max) {
                int at = v.indexOf(sep, from);
                if (at < 0) {
                    break;
                }
                out.add(PyStr.of(v.substring(from, at)));
                from = at + sep.length();
            }
            out.add(PyStr.of(v.substring(from)));
        }
        return new PyList(out.toArray(new PyObject[0]));
    }

    private static PyObject affix(String v, PyObject[] a, String[] k, String name, boolean prefix) {
        ArgParser.noKeywords(name, k);
        ArgParser.arity(name, a, 1, 1);
        PyObject arg = a[0];
        if (arg instanceof PyTuple t) {
            for (int i = 0; i < t.size(); i++) {
                String x = strArg(name, t.get(i));
                if (prefix ? v.startsWith(x) : v.endsWith(x)) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        }
        if (!(arg instanceof PyStr s)) {
            throw PyErrors.typeError("%s first arg must be str or a tuple of str, not %s", name, arg.type().name());
        }
        return PyBool.of(prefix ? v.startsWith(s.value()) : v.endsWith(s.value()));
    }
}
