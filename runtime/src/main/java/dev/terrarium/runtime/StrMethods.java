package dev.terrarium.runtime;

import dev.terrarium.runtime.text.UnicodeProps;
import java.util.function.IntPredicate;

/**
 * The methods of {@code str} (CPython 3.11's {@code unicode_methods}), installed into the
 * type's dict. Bodies live by theme in {@link StrSearch}, {@link StrCase},
 * {@link StrLayout} and {@link StrFormat}; the character-class predicates are here.
 * Not provided: {@code encode} (there is no bytes type yet).
 */
final class StrMethods {
    private StrMethods() {}

    private static void def(PyType t, String name, PyMethodDescriptor.Body body) {
        t.define(name, new PyMethodDescriptor(t, name, body));
    }

    private static PyStr self(PyObject o) {
        return (PyStr) o;
    }

    private static String value(PyObject o) {
        return ((PyStr) o).value();
    }

    private interface StrFn {
        String apply(String v);
    }

    private static void mapping(PyType t, String name, StrFn fn) {
        def(t, name, (s, a, k) -> {
            StrArgs.noArgs(name, a, k);
            String v = value(s);
            String r = fn.apply(v);
            return r.equals(v) ? s : PyStr.of(r);
        });
    }

    /** A predicate true when the string is non-empty and every code point satisfies {@code test}. */
    private static void every(PyType t, String name, IntPredicate test) {
        def(t, name, (s, a, k) -> {
            StrArgs.noArgs(name, a, k);
            String v = value(s);
            return PyBool.of(!v.isEmpty() && v.codePoints().allMatch(test));
        });
    }

    private interface StrTest {
        boolean test(String v);
    }

    private static void predicate(PyType t, String name, StrTest test) {
        def(t, name, (s, a, k) -> {
            StrArgs.noArgs(name, a, k);
            return PyBool.of(test.test(value(s)));
        });
    }

    static void install(PyType t) {
        mapping(t, "upper", StrCase::upper);
        mapping(t, "lower", StrCase::lower);
        mapping(t, "casefold", StrCase::casefold);
        mapping(t, "capitalize", StrCase::capitalize);
        mapping(t, "title", StrCase::title);
        mapping(t, "swapcase", StrCase::swapcase);
        predicate(t, "islower", StrCase::islower);
        predicate(t, "isupper", StrCase::isupper);
        predicate(t, "istitle", StrCase::istitle);

        every(t, "isalpha", UnicodeProps::isAlpha);
        every(t, "isdecimal", UnicodeProps::isDecimal);
        every(t, "isdigit", UnicodeProps::isDigit);
        every(t, "isnumeric", UnicodeProps::isNumeric);
        every(t, "isalnum", StrMethods::isAlnum);
        every(t, "isspace", UnicodeProps::isSpace);
        predicate(t, "isascii", v -> v.chars().allMatch(c -> c < 128));
        predicate(t, "isprintable", v -> v.codePoints().allMatch(UnicodeProps::isPrintable));
        predicate(t, "isidentifier", StrMethods::isIdentifier);

        def(t, "find", (s, a, k) -> PyInt.of(StrSearch.find(self(s), a, k, "find", true)));
        def(t, "rfind", (s, a, k) -> PyInt.of(StrSearch.find(self(s), a, k, "rfind", false)));
        def(t, "index", (s, a, k) -> StrSearch.index(self(s), a, k, "index", true));
        def(t, "rindex", (s, a, k) -> StrSearch.index(self(s), a, k, "rindex", false));
        def(t, "count", (s, a, k) -> StrSearch.count(self(s), a, k));
        def(t, "startswith", (s, a, k) -> StrSearch.affix(self(s), a, k, "startswith", true));
        def(t, "endswith", (s, a, k) -> StrSearch.affix(self(s), a, k, "endswith", false));
        def(t, "partition", (s, a, k) -> StrSearch.partition(self(s), a, k, false));
        def(t, "rpartition", (s, a, k) -> StrSearch.partition(self(s), a, k, true));
        def(t, "split", (s, a, k) -> StrSearch.split(self(s), a, k, false));
        def(t, "rsplit", (s, a, k) -> StrSearch.split(self(s), a, k, true));
        def(t, "splitlines", (s, a, k) -> StrSearch.splitlines(self(s), a, k));
        def(t, "replace", (s, a, k) -> StrSearch.replace(self(s), a, k));
        def(t, "removeprefix", (s, a, k) -> StrSearch.removeAffix(self(s), a, k, true));
        def(t, "removesuffix", (s, a, k) -> StrSearch.removeAffix(self(s), a, k, false));

        def(t, "center", (s, a, k) -> StrLayout.pad(self(s), a, k, "center", 0));
        def(t, "ljust", (s, a, k) -> StrLayout.pad(self(s), a, k, "ljust", -1));
        def(t, "rjust", (s, a, k) -> StrLayout.pad(self(s), a, k, "rjust", 1));
        def(t, "zfill", (s, a, k) -> StrLayout.zfill(self(s), a, k));
        def(t, "expandtabs", (s, a, k) -> StrLayout.expandtabs(self(s), a, k));
        def(t, "strip", (s, a, k) -> StrLayout.strip(self(s), a, k, "strip", true, true));
        def(t, "lstrip", (s, a, k) -> StrLayout.strip(self(s), a, k, "lstrip", true, false));
        def(t, "rstrip", (s, a, k) -> StrLayout.strip(self(s), a, k, "rstrip", false, true));
        def(t, "join", (s, a, k) -> StrLayout.join(self(s), a, k));
        def(t, "translate", (s, a, k) -> StrLayout.translate(self(s), a, k));
        t.define("maketrans", new PyBuiltinFunction("maketrans", StrLayout::maketrans));

        def(t, "format", (s, a, k) -> PyStr.of(StrFormat.format(value(s), a, k)));
        def(t, "format_map", (s, a, k) -> PyStr.of(StrFormat.formatMap(value(s), StrArgs.one("format_map", a, k))));
        def(t, "__format__", (s, a, k) -> {
            PyObject spec = StrArgs.one("__format__", a, k);
            if (!(spec instanceof PyStr ss)) {
                throw PyErrors.typeError("__format__() argument must be str, not %s", StrArgs.clinicName(spec));
            }
            return PyStr.of(s.format(ss.value()));
        });
    }

    static boolean isAlnum(int cp) {
        return UnicodeProps.isAlpha(cp) || UnicodeProps.isDecimal(cp) || UnicodeProps.isDigit(cp)
                || UnicodeProps.isNumeric(cp);
    }

    /** {@code str.isidentifier}: XID_Start or '_' followed by XID_Continue code points. */
    static boolean isIdentifier(String v) {
        if (v.isEmpty()) {
            return false;
        }
        int first = v.codePointAt(0);
        if (!UnicodeProps.isIdStart(first)) {
            return false;
        }
        return v.codePoints().skip(1).allMatch(UnicodeProps::isIdContinue);
    }
}
