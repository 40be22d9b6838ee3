package dev.terrarium.runtime;

import dev.terrarium.runtime.text.StrRepr;

/**
 * {@code str.format}, {@code str.format_map} and the {@code format} builtin (compare
 * CPython Objects/stringlib/unicode_format.h: MarkupIterator_next, parse_field,
 * field_name_split, get_field_object, render_field).
 */
final class StrFormat {
    private StrFormat() {}

    /** The state of automatic field numbering, shared by nested specs. */
    private static final class AutoNumber {
        /** 0 initial, 1 automatic, 2 manual. */
        int state;
        int next;
    }

    /** {@code format(value, format_spec='')}. */
    static PyObject formatBuiltin(PyObject[] a, String[] k) {
        ArgParser.noKeywords("format", k);
        ArgParser.arity("format", a, 1, 2);
        if (a.length == 1) {
            return PyStr.of(a[0].format(""));
        }
        if (!(a[1] instanceof PyStr)) {
            throw PyErrors.typeError("format() argument 2 must be str, not %s", a[1].type().name());
        }
        return Formatter.format(a[0], a[1]);
    }

    /** {@code fmt.format(*args, **kwargs)}. */
    static String format(String fmt, PyObject[] a, String[] k) {
        int npos = ArgParser.positionalCount(a, k);
        PyObject[] positional = new PyObject[npos];
        System.arraycopy(a, 0, positional, 0, npos);
        PyDict kwargs = null;
        if (k != null && k.length > 0) {
            kwargs = new PyDict();
            for (int i = 0; i < k.length; i++) {
                kwargs.put(PyStr.of(k[i]), a[npos + i]);
            }
        }
        return render(fmt, new PyTuple(positional), kwargs, 2, new AutoNumber());
    }

    /** {@code fmt.format_map(mapping)}. */
    static String formatMap(String fmt, PyObject mapping) {
        return render(fmt, null, mapping, 2, new AutoNumber());
    }

    private static String render(String fmt, PyTuple args, PyObject kwargs, int depth, AutoNumber auto) {
        if (depth <= 0) {
            throw PyErrors.valueError("Max string recursion exceeded");
        }
        StringBuilder out = new StringBuilder();
        int n = fmt.length();
        int pos = 0;
        while (pos < n) {
            int literalStart = pos;
            char c = 0;
            boolean markup = false;
            while (pos < n) {
                c = fmt.charAt(pos++);
                if (c == '{' || c == '}') {
                    markup = true;
                    break;
                }
            }
            boolean atEnd = pos >= n;
            int len = pos - literalStart;
            if (c == '}' && markup && (atEnd || fmt.charAt(pos) != '}')) {
                throw PyErrors.valueError("Single '}' encountered in format string");
            }
            if (atEnd && c == '{' && markup) {
                throw PyErrors.valueError("Single '{' encountered in format string");
            }
            if (markup) {
                if (fmt.charAt(pos) == c) {
                    pos++;
                    markup = false;
                } else {
                    len--;
                }
            }
            out.append(fmt, literalStart, literalStart + len);
            if (!markup) {
                continue;
            }
            pos = renderField(out, fmt, pos, args, kwargs, depth, auto);
            Budget.checkBytes(2L * out.length());
        }
        return out.toString();
    }

    /**
     * Parses the replacement field that starts at {@code pos} (just after its '{'), renders
     * it into {@code out} and returns the index after its '}' (compare the 3.11
     * MarkupIterator_next and parse_field).
     */
    private static int renderField(StringBuilder out, String fmt, int pos, PyTuple args, PyObject kwargs,
            int depth, AutoNumber auto) {
        int n = fmt.length();
        int nameStart = pos;
        char c = 0;
        boolean terminated = false;
        while (pos < n) {
            c = fmt.charAt(pos++);
            if (c == '{') {
                throw PyErrors.valueError("unexpected '{' in field name");
            }
            if (c == '[') {
                while (pos < n && fmt.charAt(pos) != ']') {
                    pos++;
                }
                if (pos >= n) {
                    break;
                }
                pos++;
                continue;
            }
            if (c == '}' || c == ':' || c == '!') {
                terminated = true;
                break;
            }
        }
        if (!terminated) {
            throw PyErrors.valueError("expected '}' before end of string");
        }
        String name = fmt.substring(nameStart, pos - 1);
        int conversion = 0;
        if (c == '!') {
            if (pos >= n) {
                throw PyErrors.valueError("end of string while looking for conversion specifier");
            }
            conversion = fmt.codePointAt(pos);
            pos += Character.charCount(conversion);
            if (pos >= n) {
                throw PyErrors.valueError("unmatched '{' in format spec");
            }
            c = fmt.charAt(pos++);
            if (c != ':' && c != '}') {
                throw PyErrors.valueError("expected ':' after conversion specifier");
            }
        }
        String spec = "";
        boolean nested = false;
        if (c == ':') {
            int specStart = pos;
            int count = 1;
            int specEnd = -1;
            while (pos < n) {
                char d = fmt.charAt(pos++);
                if (d == '{') {
                    nested = true;
                    count++;
                } else if (d == '}' && --count == 0) {
                    specEnd = pos - 1;
                    break;
                }
            }
            if (specEnd < 0) {
                throw PyErrors.valueError("unmatched '{' in format spec");
            }
            spec = fmt.substring(specStart, specEnd);
        }
        PyObject obj = fieldObject(name, args, kwargs, auto);
        if (conversion != 0) {
            obj = switch (conversion) {
                case 'r' -> PyStr.of(Ops.repr(obj));
                case 's' -> PyStr.of(Ops.str(obj));
                case 'a' -> PyStr.of(StrRepr.escapeNonAscii(Ops.repr(obj)));
                default -> throw PyErrors.valueError("Unknown conversion specifier %s",
                        conversion > 32 && conversion < 127 ? String.valueOf((char) conversion)
                                : "\\x" + Integer.toHexString(conversion));
            };
        }
        if (nested) {
            spec = render(spec, args, kwargs, depth - 1, auto);
        }
        out.append(obj.format(spec));
        return pos;
    }

    /** The decimal value of an all-digit name, or -1 (compare {@code get_integer}). */
    private static long integer(String s) {
        if (s.isEmpty()) {
            return -1;
        }
        long v = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int d = dev.terrarium.runtime.text.UnicodeProps.decimalValue(cp);
            if (d < 0) {
                return -1;
            }
            if (v > (Long.MAX_VALUE - d) / 10) {
                throw PyErrors.valueError("Too many decimal digits in format string");
            }
            v = v * 10 + d;
        }
        return v;
    }

    private static PyObject fieldObject(String name, PyTuple args, PyObject kwargs, AutoNumber auto) {
        int i = 0;
        int n = name.length();
        while (i < n && name.charAt(i) != '.' && name.charAt(i) != '[') {
            i++;
        }
        String first = name.substring(0, i);
        long index = integer(first);
        boolean empty = first.isEmpty();
        if (empty || index != -1) {
            if (auto.state == 0) {
                auto.state = empty ? 1 : 2;
            }
            if (auto.state == 2 && empty) {
                throw PyErrors.valueError("cannot switch from manual field specification to automatic field numbering");
            }
            if (auto.state == 1 && !empty) {
                throw PyErrors.valueError("cannot switch from automatic field numbering to manual field specification");
            }
            if (empty) {
                index = auto.next++;
            }
        }
        PyObject obj;
        if (index == -1) {
            PyStr key = PyStr.of(first);
            if (kwargs == null) {
                throw PyErrors.keyError(key);
            }
            obj = kwargs.getItem(key);
        } else {
            if (args == null) {
                throw PyErrors.valueError("Format string contains positional fields");
            }
            if (index >= args.size()) {
                throw PyErrors.indexError("Replacement index %d out of range for positional args tuple", index);
            }
            obj = args.get((int) index);
        }
        while (i < n) {
            char c = name.charAt(i++);
            int start = i;
            if (c == '.') {
                while (i < n && name.charAt(i) != '.' && name.charAt(i) != '[') {
                    i++;
                }
                String attr = name.substring(start, i);
                if (attr.isEmpty()) {
                    throw PyErrors.valueError("Empty attribute in format string");
                }
                obj = Ops.getAttr(obj, attr);
            } else if (c == '[') {
                while (i < n && name.charAt(i) != ']') {
                    i++;
                }
                if (i >= n) {
                    throw PyErrors.valueError("Missing ']' in format string");
                }
                String key = name.substring(start, i++);
                if (key.isEmpty()) {
                    throw PyErrors.valueError("Empty attribute in format string");
                }
                long k = integer(key);
                obj = Ops.getItem(obj, k == -1 ? PyStr.of(key) : PyInt.of(k));
            } else {
                throw PyErrors.valueError("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return obj;
    }
}
