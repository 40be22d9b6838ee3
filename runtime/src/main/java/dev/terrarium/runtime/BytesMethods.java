package dev.terrarium.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * The methods of {@code bytes} and {@code bytearray} (compare CPython's
 * Objects/bytes_methods.c and bytesobject.c): searching, splitting, stripping, case
 * mapping and classification on ASCII, {@code decode}, {@code hex}/{@code fromhex}; plus
 * the mutators of {@code bytearray}. Results have the type of {@code self}.
 *
 * <p>Searching works on the Latin-1 image of the bytes (one char per byte), so Java's
 * String search gives byte offsets directly.
 */
final class BytesMethods {
    private BytesMethods() {}

    private static void def(PyType t, String name, PyMethodDescriptor.Body body) {
        t.define(name, new PyMethodDescriptor(t, name, body));
    }

    private static PyBytesLike self(PyObject s) {
        return (PyBytesLike) s;
    }

    private static PyObject make(PyObject self, String latin1) {
        return self(self).make(PyBytesLike.fromLatin1(latin1));
    }

    /** A bytes-like argument as its Latin-1 image, else CPython's TypeError. */
    static String bytesArg(PyObject o) {
        String s = Buffers.latin1Of(o);
        if (s != null) {
            return s;
        }
        throw PyErrors.typeError("a bytes-like object is required, not '%s'", o.type().name());
    }

    /** The sub argument of count/find/index: an int byte or bytes-like. */
    private static String subArg(PyObject o) {
        if (o instanceof PyInt i) {
            return String.valueOf((char) PyBytesLike.byteValue(i));
        }
        String s = Buffers.latin1Of(o);
        if (s != null) {
            return s;
        }
        throw PyErrors.typeError("argument should be integer or bytes-like object, not '%s'", o.type().name());
    }

    /** Slice bounds [start, end) as str methods take them; start may exceed end and the length. */
    private static int[] bounds(PyObject[] a, int from, int len) {
        long start = 0;
        long end = len;
        if (a.length > from && a[from] != PyNone.INSTANCE) {
            start = clampIndex(a[from], len, false);
        }
        if (a.length > from + 1 && a[from + 1] != PyNone.INSTANCE) {
            end = clampIndex(a[from + 1], len, true);
        }
        return new int[] {(int) Math.min(start, Integer.MAX_VALUE), (int) end};
    }

    /** CPython's ADJUST_INDICES: negatives count from the end; only the end is clamped to the length. */
    private static long clampIndex(PyObject o, int len, boolean isEnd) {
        if (!(o instanceof PyInt i)) {
            throw PyErrors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        long v = i.isSmall() ? i.value : (i.asBig().signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2);
        if (v < 0) {
            v += len;
            if (v < 0) {
                v = 0;
            }
        } else if (v > len && isEnd) {
            v = len;
        }
        return v;
    }

    private static boolean isSpace(int c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    private static boolean isLower(int c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isUpper(int c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isAlpha(int c) {
        return isLower(c) || isUpper(c);
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static char upper(char c) {
        return isLower(c) ? (char) (c - 32) : c;
    }

    private static char lower(char c) {
        return isUpper(c) ? (char) (c + 32) : c;
    }

    private interface CharTest {
        boolean test(int c);
    }

    private static void defIs(PyType t, String name, CharTest test, boolean emptyResult) {
        def(t, name, (s, a, k) -> {
            ArgParser.noArgs(t.name() + "." + name, a, k);
            String v = self(s).latin1();
            if (v.isEmpty()) {
                return PyBool.of(emptyResult);
            }
            for (int i = 0; i < v.length(); i++) {
                if (!test.test(v.charAt(i))) {
                    return PyBool.FALSE;
                }
            }
            return PyBool.TRUE;
        });
    }

    private interface CharMap {
        String apply(String s);
    }

    private static void defMap(PyType t, String name, CharMap map) {
        def(t, name, (s, a, k) -> {
            ArgParser.noArgs(t.name() + "." + name, a, k);
            return make(s, map.apply(self(s).latin1()));
        });
    }

    private static String mapChars(String s, java.util.function.IntUnaryOperator f) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            b.append((char) f.applyAsInt(s.charAt(i)));
        }
        return b.toString();
    }

    /** The keyword-or-positional arguments {@code names} of a method, in order (null when absent). */
    private static PyObject[] params(String fname, PyObject[] a, String[] k, String... names) {
        return StrSearch.bindKeywords(fname, a, k, names);
    }

    private static String strParam(String fname, String pname, PyObject o, String dflt) {
        if (o == null) {
            return dflt;
        }
        if (o instanceof PyStr s) {
            return s.value();
        }
        throw PyErrors.typeError("%s() argument '%s' must be str, not %s", fname, pname, StrArgs.clinicName(o));
    }

    // ---- searching ---------------------------------------------------------------------------

    private static int find(PyObject s, PyObject[] a, String name, boolean reverse) {
        ArgParser.noKeywords(name, null);
        StrArgs.findArity(name, a, null, 1, 3);
        String v = self(s).latin1();
        String sub = subArg(a[0]);
        int[] r = bounds(a, 1, v.length());
        if (r[0] > r[1] || r[1] - r[0] < sub.length()) {
            return -1;
        }
        int i;
        if (reverse) {
            i = v.lastIndexOf(sub, r[1] - sub.length());
            return i >= r[0] ? i : -1;
        }
        i = v.indexOf(sub, r[0]);
        return i >= 0 && i + sub.length() <= r[1] ? i : -1;
    }

    private static int count(String v, String sub, int start, int end) {
        if (start > end) {
            return 0;
        }
        if (sub.isEmpty()) {
            return end - start + 1;
        }
        int n = 0;
        for (int i = v.indexOf(sub, start); i >= 0 && i + sub.length() <= end; i = v.indexOf(sub, i + sub.length())) {
            n++;
        }
        return n;
    }

    private static PyObject startsEnds(PyObject s, PyObject[] a, String[] k, String name, boolean ends) {
        ArgParser.noKeywords(name, k);
        StrArgs.findArity(name, a, null, 1, 3);
        String v = self(s).latin1();
        int[] r = bounds(a, 1, v.length());
        PyObject[] prefixes;
        if (a[0] instanceof PyTuple t) {
            prefixes = t.toArray();
        } else if (Buffers.isBytesLike(a[0])) {
            prefixes = new PyObject[] {a[0]};
        } else {
            throw PyErrors.typeError("%s first arg must be bytes or a tuple of bytes, not %s", name, a[0].type().name());
        }
        for (PyObject p : prefixes) {
            String x = bytesArg(p);
            if (r[1] - r[0] < x.length() || r[0] > v.length()) {
                continue; // CPython's tailmatch
            }
            if (ends ? v.startsWith(x, r[1] - x.length()) : v.startsWith(x, r[0])) {
                return PyBool.TRUE;
            }
        }
        return PyBool.FALSE;
    }

    // ---- splitting -----------------------------------------------------------------------------

    private static PyList split(PyObject s, PyObject[] a, String[] k, boolean reverse) {
        String fname = reverse ? "rsplit" : "split";
        PyObject[] p = params(fname, a, k, "sep", "maxsplit");
        String v = self(s).latin1();
        long max = p[1] == null ? -1 : ArgParser.index(p[1]).asLong();
        if (max < 0) {
            max = Long.MAX_VALUE;
        }
        List<String> parts = new ArrayList<>();
        if (p[0] == null || p[0] == PyNone.INSTANCE) {
            splitWhitespace(v, max, reverse, parts);
        } else {
            String sep = bytesArg(p[0]);
            if (sep.isEmpty()) {
                throw PyErrors.valueError("empty separator");
            }
            if (!reverse) {
                int from = 0;
                while (max-- > 0) {
                    int i = v.indexOf(sep, from);
                    if (i < 0) {
                        break;
                    }
                    parts.add(v.substring(from, i));
                    from = i + sep.length();
                }
                parts.add(v.substring(from));
            } else {
                int to = v.length();
                while (max-- > 0) {
                    int i = v.lastIndexOf(sep, to - sep.length());
                    if (i < 0) {
                        break;
                    }
                    parts.add(0, v.substring(i + sep.length(), to));
                    to = i;
                }
                parts.add(0, v.substring(0, to));
            }
        }
        PyList out = new PyList();
        for (String part : parts) {
            out.append(make(s, part));
        }
        return out;
    }

    private static void splitWhitespace(String v, long max, boolean reverse, List<String> parts) {
        int n = v.length();
        if (!reverse) {
            int i = 0;
            while (true) {
                while (i < n && isSpace(v.charAt(i))) {
                    i++;
                }
                if (i == n) {
                    return;
                }
                if (max-- == 0) {
                    parts.add(v.substring(i));
                    return;
                }
                int j = i;
                while (j < n && !isSpace(v.charAt(j))) {
                    j++;
                }
                parts.add(v.substring(i, j));
                i = j;
            }
        }
        int j = n;
        while (true) {
            while (j > 0 && isSpace(v.charAt(j - 1))) {
                j--;
            }
            if (j == 0) {
                return;
            }
            if (max-- == 0) {
                parts.add(0, v.substring(0, j));
                return;
            }
            int i = j;
            while (i > 0 && !isSpace(v.charAt(i - 1))) {
                i--;
            }
            parts.add(0, v.substring(i, j));
            j = i;
        }
    }

    private static PyObject strip(PyObject s, PyObject[] a, String[] k, String name, boolean left, boolean right) {
        ArgParser.noKeywords(name, k);
        ArgParser.arity(name, a, 0, 1);
        String v = self(s).latin1();
        String chars = a.length == 0 || a[0] == PyNone.INSTANCE ? null : bytesArg(a[0]);
        int i = 0;
        int j = v.length();
        if (left) {
            while (i < j && (chars == null ? isSpace(v.charAt(i)) : chars.indexOf(v.charAt(i)) >= 0)) {
                i++;
            }
        }
        if (right) {
            while (j > i && (chars == null ? isSpace(v.charAt(j - 1)) : chars.indexOf(v.charAt(j - 1)) >= 0)) {
                j--;
            }
        }
        return make(s, v.substring(i, j));
    }

    private static PyObject pad(PyObject s, PyObject[] a, String[] k, String name, int where) {
        ArgParser.noKeywords(name, k);
        ArgParser.arity(name, a, 1, 2);
        String v = self(s).latin1();
        long width = ArgParser.index(a[0]).asLong();
        char fill = ' ';
        if (a.length == 2) {
            if (!(a[1] instanceof PyBytesLike f) || f.length() != 1) {
                throw PyErrors.typeError("%s() argument 2 must be a byte string of length 1, not %s", name,
                        a[1].type().name());
            }
            fill = (char) f.byteAt(0);
        }
        if (width <= v.length()) {
            return make(s, v);
        }
        Budget.checkBytes(width);
        int total = (int) width - v.length();
        int left;
        if (where < 0) {
            left = 0;
        } else if (where > 0) {
            left = total;
        } else {
            // CPython's pad for center: extra space goes left when both the total and the width are odd.
            left = total / 2 + (int) (total & width & 1);
        }
        return make(s, String.valueOf(fill).repeat(left) + v + String.valueOf(fill).repeat(total - left));
    }

    static void install(PyType t) {
        boolean isBytes = t == PyBytes.TYPE;
        def(t, "decode", (s, a, k) -> {
            PyObject[] p = params("decode", a, k, "encoding", "errors");
            String enc = strParam("decode", "encoding", p[0], "utf-8");
            String err = strParam("decode", "errors", p[1], "strict");
            return PyStr.of(Codecs.decode(self(s).array(), self(s).length(), enc, err));
        });
        def(t, "hex", (s, a, k) -> {
            PyObject[] p = params("hex", a, k, "sep", "bytes_per_sep");
            return PyStr.of(hex(self(s), p[0], p[1]));
        });
        // a class method: a subclass's fromhex builds through the subclass (CPython calls cls(result))
        t.define("fromhex", new PyClassMethod(new PyBuiltinFunction("fromhex", (a, k) -> {
            ArgParser.noKeywords("fromhex", k);
            if (a.length != 2) {
                throw PyErrors.typeError("%s.fromhex() takes exactly one argument (%d given)", t.name(), a.length - 1);
            }
            if (!(a[1] instanceof PyStr str)) {
                throw PyErrors.typeError("fromhex() argument must be str, not %s", a[1].type().name());
            }
            byte[] b = fromHex(str.value());
            PyObject result = isBytes ? new PyBytes(b) : new PyByteArray(b);
            PyType cls = (PyType) a[0];
            return cls == t ? result : cls.call(new PyObject[] {result}, null);
        })));
        def(t, "count", (s, a, k) -> {
            ArgParser.noKeywords("count", k);
            StrArgs.findArity("count", a, null, 1, 3);
            String v = self(s).latin1();
            int[] r = bounds(a, 1, v.length());
            return PyInt.of(count(v, subArg(a[0]), r[0], r[1]));
        });
        def(t, "find", (s, a, k) -> {
            ArgParser.noKeywords("find", k);
            return PyInt.of(find(s, a, "find", false));
        });
        def(t, "rfind", (s, a, k) -> {
            ArgParser.noKeywords("rfind", k);
            return PyInt.of(find(s, a, "rfind", true));
        });
        def(t, "index", (s, a, k) -> {
            ArgParser.noKeywords("index", k);
            int i = find(s, a, "index", false);
            if (i < 0) {
                throw PyErrors.valueError("subsection not found");
            }
            return PyInt.of(i);
        });
        def(t, "rindex", (s, a, k) -> {
            ArgParser.noKeywords("rindex", k);
            int i = find(s, a, "rindex", true);
            if (i < 0) {
                throw PyErrors.valueError("subsection not found");
            }
            return PyInt.of(i);
        });
        def(t, "startswith", (s, a, k) -> startsEnds(s, a, k, "startswith", false));
        def(t, "endswith", (s, a, k) -> startsEnds(s, a, k, "endswith", true));
        def(t, "join", (s, a, k) -> {
            ArgParser.noKeywords("join", k);
            ArgParser.arity("join", a, 1, 1);
            String sep = self(s).latin1();
            StringBuilder b = new StringBuilder();
            PyObject it;
            try {
                it = Ops.iter(a[0]);
            } catch (PyException e) {
                if (e.matches(PyExc.TypeError)) {
                    throw PyErrors.typeError("can only join an iterable"); // PySequence_Fast's message
                }
                throw e;
            }
            PyObject[] items = Ops.toArray(it);
            for (int i = 0; i < items.length; i++) {
                String x = Buffers.latin1Of(items[i]);
                if (x == null) {
                    throw PyErrors.typeError("sequence item %d: expected a bytes-like object, %s found", i,
                            items[i].type().name());
                }
                if (i > 0) {
                    b.append(sep);
                }
                b.append(x);
                Budget.checkBytes(b.length());
            }
            return make(s, b.toString());
        });
        def(t, "split", (s, a, k) -> split(s, a, k, false));
        def(t, "rsplit", (s, a, k) -> split(s, a, k, true));
        def(t, "strip", (s, a, k) -> strip(s, a, k, "strip", true, true));
        def(t, "lstrip", (s, a, k) -> strip(s, a, k, "lstrip", true, false));
        def(t, "rstrip", (s, a, k) -> strip(s, a, k, "rstrip", false, true));
        def(t, "replace", (s, a, k) -> {
            ArgParser.noKeywords("replace", k);
            ArgParser.arity("replace", a, 2, 3);
            String v = self(s).latin1();
            String old = bytesArg(a[0]);
            String rep = bytesArg(a[1]);
            long max = a.length == 3 ? ArgParser.index(a[2]).asLong() : -1;
            return make(s, replace(v, old, rep, max < 0 ? Long.MAX_VALUE : max));
        });
        def(t, "partition", (s, a, k) -> partition(s, a, k, "partition", false));
        def(t, "rpartition", (s, a, k) -> partition(s, a, k, "rpartition", true));
        def(t, "removeprefix", (s, a, k) -> {
            ArgParser.noKeywords("removeprefix", k);
            ArgParser.arity("removeprefix", a, 1, 1);
            String v = self(s).latin1();
            String p = bytesArg(a[0]);
            return make(s, v.startsWith(p) ? v.substring(p.length()) : v);
        });
        def(t, "removesuffix", (s, a, k) -> {
            ArgParser.noKeywords("removesuffix", k);
            ArgParser.arity("removesuffix", a, 1, 1);
            String v = self(s).latin1();
            String p = bytesArg(a[0]);
            return make(s, v.endsWith(p) && !p.isEmpty() ? v.substring(0, v.length() - p.length()) : v);
        });
        def(t, "center", (s, a, k) -> pad(s, a, k, "center", 0));
        def(t, "ljust", (s, a, k) -> pad(s, a, k, "ljust", -1));
        def(t, "rjust", (s, a, k) -> pad(s, a, k, "rjust", 1));
        def(t, "zfill", (s, a, k) -> {
            ArgParser.noKeywords("zfill", k);
            ArgParser.arity("zfill", a, 1, 1);
            String v = self(s).latin1();
            long width = ArgParser.index(a[0]).asLong();
            if (width <= v.length()) {
                return make(s, v);
            }
            Budget.checkBytes(width);
            String zeros = "0".repeat((int) width - v.length());
            if (!v.isEmpty() && (v.charAt(0) == '+' || v.charAt(0) == '-')) {
                return make(s, v.charAt(0) + zeros + v.substring(1));
            }
            return make(s, zeros + v);
        });
        def(t, "splitlines", (s, a, k) -> {
            PyObject[] p = params("splitlines", a, k, "keepends");
            boolean keep = p[0] != null && Ops.isTrue(p[0]);
            String v = self(s).latin1();
            PyList out = new PyList();
            int i = 0;
            int n = v.length();
            while (i < n) {
                int j = i;
                while (j < n && v.charAt(j) != '\n' && v.charAt(j) != '\r') {
                    j++;
                }
                int eol = j;
                if (j < n) {
                    j += v.charAt(j) == '\r' && j + 1 < n && v.charAt(j + 1) == '\n' ? 2 : 1;
                }
                out.append(make(s, v.substring(i, keep ? j : eol)));
                i = j;
            }
            return out;
        });
        def(t, "expandtabs", (s, a, k) -> {
            PyObject[] p = params("expandtabs", a, k, "tabsize");
            long tab = p[0] == null ? 8 : ArgParser.index(p[0]).asLong();
            String v = self(s).latin1();
            StringBuilder b = new StringBuilder();
            long col = 0;
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                if (c == '\t') {
                    if (tab > 0) {
                        long n = tab - col % tab;
                        Budget.checkBytes(b.length() + n);
                        b.append(" ".repeat((int) n));
                        col += n;
                    }
                } else {
                    b.append(c);
                    col = c == '\n' || c == '\r' ? 0 : col + 1;
                }
            }
            return make(s, b.toString());
        });
        defMap(t, "upper", v -> mapChars(v, c -> upper((char) c)));
        defMap(t, "lower", v -> mapChars(v, c -> lower((char) c)));
        defMap(t, "swapcase", v -> mapChars(v, c -> isLower(c) ? upper((char) c) : lower((char) c)));
        defMap(t, "capitalize", v -> v.isEmpty() ? v : upper(v.charAt(0)) + mapChars(v.substring(1), c -> lower((char) c)));
        defMap(t, "title", v -> {
            StringBuilder b = new StringBuilder(v.length());
            boolean prevCased = false;
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                b.append(prevCased ? lower(c) : upper(c));
                prevCased = isAlpha(c);
            }
            return b.toString();
        });
        defIs(t, "isalnum", c -> isAlpha(c) || isDigit(c), false);
        defIs(t, "isalpha", BytesMethods::isAlpha, false);
        defIs(t, "isascii", c -> c < 0x80, true);
        defIs(t, "isdigit", BytesMethods::isDigit, false);
        defIs(t, "isspace", BytesMethods::isSpace, false);
        def(t, "islower", (s, a, k) -> {
            ArgParser.noArgs(t.name() + ".islower", a, k);
            return PyBool.of(cased(self(s).latin1(), true));
        });
        def(t, "isupper", (s, a, k) -> {
            ArgParser.noArgs(t.name() + ".isupper", a, k);
            return PyBool.of(cased(self(s).latin1(), false));
        });
        def(t, "istitle", (s, a, k) -> {
            ArgParser.noArgs(t.name() + ".istitle", a, k);
            String v = self(s).latin1();
            boolean cased = false;
            boolean prevCased = false;
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                if (isUpper(c)) {
                    if (prevCased) {
                        return PyBool.FALSE;
                    }
                    prevCased = true;
                    cased = true;
                } else if (isLower(c)) {
                    if (!prevCased) {
                        return PyBool.FALSE;
                    }
                    prevCased = true;
                    cased = true;
                } else {
                    prevCased = false;
                }
            }
            return PyBool.of(cased);
        });
        // maketrans is a static method: the same function on bytes and bytearray, returning bytes.
        t.define("maketrans", new PyBuiltinFunction("maketrans", (a, k) -> {
            ArgParser.noKeywords("maketrans", k);
            ArgParser.arity("maketrans", a, 2, 2);
            String from = bytesArg(a[0]);
            String to = bytesArg(a[1]);
            if (from.length() != to.length()) {
                throw PyErrors.valueError("maketrans arguments must have same length");
            }
            byte[] table = new byte[256];
            for (int i = 0; i < 256; i++) {
                table[i] = (byte) i;
            }
            for (int i = 0; i < from.length(); i++) {
                table[from.charAt(i)] = (byte) to.charAt(i);
            }
            return new PyBytes(table);
        }));
        def(t, "translate", (s, a, k) -> {
            PyObject[] p = params("translate", a, k, "table", "delete");
            if (p[0] == null) {
                throw PyErrors.typeError("translate() missing required argument 'table' (pos 1)");
            }
            String table = p[0] == PyNone.INSTANCE ? null : bytesArg(p[0]);
            if (table != null && table.length() != 256) {
                throw PyErrors.valueError("translation table must be 256 characters long");
            }
            String delete = p[1] == null ? "" : bytesArg(p[1]);
            String v = self(s).latin1();
            StringBuilder b = new StringBuilder(v.length());
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                if (delete.indexOf(c) < 0) {
                    b.append(table == null ? c : table.charAt(c));
                }
            }
            return make(s, b.toString());
        });
        def(t, "__len__", (s, a, k) -> {
            ArgParser.noArgs("__len__", a, k);
            return PyInt.of(self(s).length());
        });
    }

    /** islower (lower true) / isupper: at least one cased byte, none of the other case. */
    private static boolean cased(String v, boolean lower) {
        boolean any = false;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (lower ? isUpper(c) : isLower(c)) {
                return false;
            }
            any |= lower ? isLower(c) : isUpper(c);
        }
        return any;
    }

    private static PyObject partition(PyObject s, PyObject[] a, String[] k, String name, boolean reverse) {
        ArgParser.noKeywords(name, k);
        ArgParser.arity(name, a, 1, 1);
        String v = self(s).latin1();
        String sep = bytesArg(a[0]);
        if (sep.isEmpty()) {
            throw PyErrors.valueError("empty separator");
        }
        int i = reverse ? v.lastIndexOf(sep) : v.indexOf(sep);
        if (i < 0) {
            return reverse ? PyTuple.of(make(s, ""), make(s, ""), make(s, v)) : PyTuple.of(make(s, v), make(s, ""), make(s, ""));
        }
        // bytes gives back the separator object itself, bytearray a new bytearray (CPython's stringlib_partition)
        PyObject middle = s instanceof PyByteArray ? make(s, sep) : a[0];
        return PyTuple.of(make(s, v.substring(0, i)), middle, make(s, v.substring(i + sep.length())));
    }

    /** Compare CPython's replace: an empty {@code old} inserts {@code rep} between every byte. */
    static String replace(String v, String old, String rep, long max) {
        StringBuilder b = new StringBuilder();
        if (old.isEmpty()) {
            long n = 0;
            for (int i = 0; i < v.length(); i++) {
                if (n++ < max) {
                    b.append(rep);
                }
                b.append(v.charAt(i));
                Budget.checkBytes(b.length());
            }
            if (n < max) {
                b.append(rep);
            }
            return b.toString();
        }
        int from = 0;
        long n = 0;
        while (n < max) {
            int i = v.indexOf(old, from);
            if (i < 0) {
                break;
            }
            b.append(v, from, i).append(rep);
            Budget.checkBytes(b.length());
            from = i + old.length();
            n++;
        }
        return b.append(v.substring(from)).toString();
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** Compare CPython {@code _Py_strhex_impl}: groups counted from the right for a positive bytes_per_sep. */
    static String hex(PyBytesLike b, PyObject sepArg, PyObject perArg) {
        int n = b.length();
        String sep = null;
        if (sepArg != null) {
            if (sepArg instanceof PyStr s) {
                sep = s.value();
            } else if (sepArg instanceof PyBytesLike sb) {
                sep = sb.latin1();
            } else {
                // CPython takes the length first: "object of type 'int' has no len()"
                if (sepArg.len() != 1) {
                    throw PyErrors.valueError("sep must be length 1.");
                }
                throw PyErrors.typeError("sep must be str or bytes.");
            }
            if (sep.codePointCount(0, sep.length()) != 1) {
                throw PyErrors.valueError("sep must be length 1.");
            }
            if (sep.charAt(0) >= 0x80) {
                throw PyErrors.valueError("sep must be ASCII.");
            }
        }
        long per = perArg == null ? 1 : ArgParser.index(perArg).asLong();
        StringBuilder out = new StringBuilder(n * 3);
        long group = Math.abs(per);
        for (int i = 0; i < n; i++) {
            if (sep != null && group != 0 && i > 0) {
                boolean boundary = per > 0 ? (n - i) % group == 0 : i % group == 0;
                if (boundary) {
                    out.append(sep);
                }
            }
            int v = b.byteAt(i);
            out.append(HEX[v >> 4]).append(HEX[v & 15]);
        }
        return out.toString();
    }

    /** Compare CPython {@code _PyBytes_FromHex}: pairs of hex digits, ASCII whitespace between pairs. */
    static byte[] fromHex(String s) {
        ByteBuilder out = new ByteBuilder(s.length() / 2);
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == ' ' || (c >= '\t' && c <= '\r')) {
                i++;
                continue;
            }
            int hi = Character.digit(c, 16);
            if (c >= 0x80 || hi < 0) {
                throw PyErrors.valueError("non-hexadecimal number found in fromhex() arg at position %d", i);
            }
            int lo = i + 1 < n && s.charAt(i + 1) < 0x80 ? Character.digit(s.charAt(i + 1), 16) : -1;
            if (lo < 0) {
                throw PyErrors.valueError("non-hexadecimal number found in fromhex() arg at position %d", i + 1);
            }
            out.write(hi * 16 + lo);
            i += 2;
        }
        return out.toByteArray();
    }

    // ---- bytearray mutators ---------------------------------------------------------------------

    private static PyByteArray mutable(PyObject s) {
        return (PyByteArray) s;
    }

    static void installMutable(PyType t) {
        def(t, "append", (s, a, k) -> {
            ArgParser.noKeywords("append", k);
            ArgParser.arity("append", a, 1, 1);
            mutable(s).append(PyBytesLike.byteValue(ArgParser.index(a[0])));
            return PyNone.INSTANCE;
        });
        def(t, "extend", (s, a, k) -> {
            ArgParser.noKeywords("extend", k);
            ArgParser.arity("extend", a, 1, 1);
            byte[] more;
            if (Buffers.isBytesLike(a[0])) {
                more = Buffers.bytesOf(a[0]);
            } else {
                PyObject it;
                try {
                    it = Ops.iter(a[0]);
                } catch (PyException e) {
                    if (e.matches(PyExc.TypeError)) {
                        throw PyErrors.typeError("can't extend bytearray with %s", a[0].type().name());
                    }
                    throw e;
                }
                more = PyBytesLike.fromIterator(it, "byte must be in range(0, 256)");
            }
            PyByteArray self = mutable(s);
            self.splice(self.length(), self.length(), more);
            return PyNone.INSTANCE;
        });
        def(t, "insert", (s, a, k) -> {
            ArgParser.noKeywords("insert", k);
            ArgParser.arity("insert", a, 2, 2);
            PyByteArray self = mutable(s);
            long i = ArgParser.index(a[0]).asLong();
            int v = PyBytesLike.byteValue(ArgParser.index(a[1]));
            int n = self.length();
            if (i < 0) {
                i = Math.max(0, i + n);
            }
            i = Math.min(i, n);
            self.splice((int) i, (int) i, new byte[] {(byte) v});
            return PyNone.INSTANCE;
        });
        def(t, "pop", (s, a, k) -> {
            ArgParser.noKeywords("pop", k);
            ArgParser.arity("pop", a, 0, 1);
            PyByteArray self = mutable(s);
            if (self.length() == 0) {
                throw PyErrors.indexError("pop from empty bytearray");
            }
            int i = a.length == 0 ? self.length() - 1
                    : Sequences.index(ArgParser.index(a[0]), self.length(), "pop index out of range");
            int v = self.byteAt(i);
            self.splice(i, i + 1, new byte[0]);
            return PyInt.of(v);
        });
        def(t, "remove", (s, a, k) -> {
            ArgParser.noKeywords("remove", k);
            ArgParser.arity("remove", a, 1, 1);
            PyByteArray self = mutable(s);
            int v = PyBytesLike.byteValue(ArgParser.index(a[0]));
            for (int i = 0; i < self.length(); i++) {
                if (self.byteAt(i) == v) {
                    self.splice(i, i + 1, new byte[0]);
                    return PyNone.INSTANCE;
                }
            }
            throw PyErrors.valueError("value not found in bytearray");
        });
        def(t, "clear", (s, a, k) -> {
            ArgParser.noArgs(t.name() + ".clear", a, k);
            mutable(s).setValue(new byte[0]);
            return PyNone.INSTANCE;
        });
        def(t, "copy", (s, a, k) -> {
            ArgParser.noArgs(t.name() + ".copy", a, k);
            return new PyByteArray(mutable(s).toByteArray());
        });
        def(t, "reverse", (s, a, k) -> {
            ArgParser.noArgs(t.name() + ".reverse", a, k);
            byte[] b = mutable(s).toByteArray();
            for (int i = 0, j = b.length - 1; i < j; i++, j--) {
                byte x = b[i];
                b[i] = b[j];
                b[j] = x;
            }
            mutable(s).setValue(b);
            return PyNone.INSTANCE;
        });
    }
}
