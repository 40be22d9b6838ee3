package dev.terrarium.runtime;

import dev.terrarium.runtime.text.UnicodeProps;

/**
 * The layout methods of {@code str}: center, ljust, rjust, zfill, expandtabs, strip,
 * lstrip, rstrip, join, translate and the static maketrans (compare CPython
 * Objects/unicodeobject.c).
 */
final class StrLayout {
    private StrLayout() {}

    private static int fillChar(PyObject[] a) {
        if (a.length < 2) {
            return ' ';
        }
        if (!(a[1] instanceof PyStr f)) {
            throw PyErrors.typeError("The fill character must be a unicode character, not %s", a[1].type().name());
        }
        if (f.length() != 1) {
            throw PyErrors.typeError("The fill character must be exactly one character long");
        }
        return f.codePointAt(0);
    }

    /** {@code center} (where 0), {@code ljust} (-1) and {@code rjust} (1). */
    static PyObject pad(PyStr self, PyObject[] a, String[] k, String name, int where) {
        StrArgs.noKeywords(name, k);
        ArgParser.arity(name, a, 1, 2);
        long width = StrArgs.ssize(a[0]);
        int fill = fillChar(a);
        long marg = width - self.length();
        if (marg <= 0) {
            return self;
        }
        long left;
        if (where < 0) {
            left = 0;
        } else if (where > 0) {
            left = marg;
        } else {
            left = marg / 2 + (marg & width & 1);
        }
        return PyStr.of(pad(self.value(), left, marg - left, fill));
    }

    static String pad(String v, long left, long right, int fill) {
        Budget.checkBytes(2L * (v.length() + 2 * (left + right)));
        StringBuilder b = new StringBuilder((int) (v.length() + left + right));
        for (long i = 0; i < left; i++) {
            b.appendCodePoint(fill);
        }
        b.append(v);
        for (long i = 0; i < right; i++) {
            b.appendCodePoint(fill);
        }
        return b.toString();
    }

    static PyObject zfill(PyStr self, PyObject[] a, String[] k) {
        long width = StrArgs.ssize(StrArgs.one("zfill", a, k));
        long fill = width - self.length();
        if (fill <= 0) {
            return self;
        }
        String v = self.value();
        String padded = pad(v, fill, 0, '0');
        if (!v.isEmpty() && (v.charAt(0) == '+' || v.charAt(0) == '-')) {
            padded = v.charAt(0) + padded.substring(0, (int) fill) + v.substring(1);
        }
        return PyStr.of(padded);
    }

    static PyObject expandtabs(PyStr self, PyObject[] a, String[] k) {
        PyObject[] p = StrSearch.bindKeywords("expandtabs", a, k, "tabsize");
        int tabsize = p[0] == null ? 8 : StrArgs.cInt(p[0]);
        String v = self.value();
        if (v.indexOf('\t') < 0) {
            return self;
        }
        StringBuilder b = new StringBuilder();
        long column = 0;
        for (int i = 0; i < v.length(); ) {
            int cp = v.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\t') {
                if (tabsize > 0) {
                    long spaces = tabsize - column % tabsize;
                    Budget.checkBytes(2L * (b.length() + spaces));
                    for (long s = 0; s < spaces; s++) {
                        b.append(' ');
                    }
                    column += spaces;
                }
            } else {
                b.appendCodePoint(cp);
                column = cp == '\n' || cp == '\r' ? 0 : column + 1;
            }
        }
        return PyStr.of(b.toString());
    }

    static PyObject strip(PyStr self, PyObject[] a, String[] k, String name, boolean left, boolean right) {
        StrArgs.noKeywords(name, k);
        ArgParser.arity(name, a, 0, 1);
        String chars = null;
        if (a.length == 1 && a[0] != PyNone.INSTANCE) {
            if (!(a[0] instanceof PyStr c)) {
                throw PyErrors.typeError("%s arg must be None or str", name);
            }
            chars = c.value();
        }
        String v = self.value();
        int start = 0;
        int end = v.length();
        if (left) {
            while (start < end) {
                int cp = v.codePointAt(start);
                if (!stripped(cp, chars)) {
                    break;
                }
                start += Character.charCount(cp);
            }
        }
        if (right) {
            while (end > start) {
                int cp = v.codePointBefore(end);
                if (!stripped(cp, chars)) {
                    break;
                }
                end -= Character.charCount(cp);
            }
        }
        return start == 0 && end == v.length() ? self : PyStr.of(v.substring(start, end));
    }

    private static boolean stripped(int cp, String chars) {
        if (chars == null) {
            return UnicodeProps.isSpace(cp);
        }
        return cp < Character.MIN_SUPPLEMENTARY_CODE_POINT ? chars.indexOf(cp) >= 0
                : chars.contains(new String(Character.toChars(cp)));
    }

    static PyObject join(PyStr self, PyObject[] a, String[] k) {
        PyObject iterable = StrArgs.one("join", a, k);
        PyObject it;
        try {
            it = Ops.iter(iterable);
        } catch (PyException e) {
            if (e.matches(PyExc.TypeError)) {
                throw PyErrors.typeError("can only join an iterable");
            }
            throw e;
        }
        String sep = self.value();
        StringBuilder b = new StringBuilder();
        int i = 0;
        PyObject only = null;
        for (PyObject x = it.next(); x != null; x = it.next(), i++) {
            if (!(x instanceof PyStr xs)) {
                throw PyErrors.typeError("sequence item %d: expected str instance, %s found", i, x.type().name());
            }
            if (i > 0) {
                b.append(sep);
            }
            only = i == 0 ? x : null;
            CpuBudget.charge(1 + (xs.value().length() >> 6));
            b.append(xs.value());
            Budget.checkBytes(2L * b.length());
        }
        return only != null ? only : PyStr.of(b.toString());
    }

    static PyObject translate(PyStr self, PyObject[] a, String[] k) {
        PyObject table = StrArgs.one("translate", a, k);
        String v = self.value();
        StringBuilder b = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); ) {
            int cp = v.codePointAt(i);
            i += Character.charCount(cp);
            PyObject to;
            try {
                to = table.getItem(PyInt.of(cp));
            } catch (PyException e) {
                if (e.matches(PyExc.LookupError)) {
                    b.appendCodePoint(cp);
                    continue;
                }
                throw e;
            }
            if (to == PyNone.INSTANCE) {
                continue;
            }
            if (to instanceof PyInt n) {
                if (!n.isSmall() || n.value < 0 || n.value > 0x10FFFF) {
                    throw PyErrors.valueError("character mapping must be in range(0x110000)");
                }
                b.appendCodePoint((int) n.value);
            } else if (to instanceof PyStr s) {
                b.append(s.value());
                Budget.checkBytes(2L * b.length());
            } else {
                throw PyErrors.typeError("character mapping must return integer, None or str");
            }
        }
        return PyStr.of(b.toString());
    }

    /** {@code str.maketrans(x[, y[, z]])}, a static method. */
    static PyObject maketrans(PyObject[] a, String[] k) {
        StrArgs.noKeywords("maketrans", k);
        ArgParser.arity("maketrans", a, 1, 3);
        PyDict out = new PyDict();
        if (a.length == 1) {
            if (!(a[0] instanceof PyDict d)) {
                throw PyErrors.typeError("if you give only one argument to maketrans it must be a dict");
            }
            for (var e : d.entries().entrySet()) {
                PyObject key = e.getKey();
                if (key instanceof PyStr s) {
                    if (s.length() != 1) {
                        throw PyErrors.valueError("string keys in translate table must be of length 1");
                    }
                    out.put(PyInt.of(s.codePointAt(0)), e.getValue());
                } else if (key instanceof PyInt) {
                    out.put(key, e.getValue());
                } else {
                    throw PyErrors.typeError("keys in translate table must be strings or integers");
                }
            }
            return out;
        }
        PyStr y = PyStr.of(StrArgs.strArg("maketrans", 2, a[1]));
        PyStr z = a.length == 3 ? PyStr.of(StrArgs.strArg("maketrans", 3, a[2])) : null;
        if (!(a[0] instanceof PyStr x)) {
            throw PyErrors.typeError("first maketrans argument must be a string if there is a second argument");
        }
        if (x.length() != y.length()) {
            throw PyErrors.valueError("the first two maketrans arguments must have equal length");
        }
        for (int i = 0; i < x.length(); i++) {
            out.put(PyInt.of(x.codePointAt(i)), PyInt.of(y.codePointAt(i)));
        }
        if (z != null) {
            for (int i = 0; i < z.length(); i++) {
                out.put(PyInt.of(z.codePointAt(i)), PyNone.INSTANCE);
            }
        }
        return out;
    }
}
