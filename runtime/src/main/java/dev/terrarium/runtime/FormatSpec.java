package dev.terrarium.runtime;

import dev.terrarium.runtime.text.UnicodeProps;

/**
 * A parsed format specification, {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]}
 * (compare CPython {@code parse_internal_render_format_spec} in Python/formatter_unicode.c).
 * Unset fields are 0 (chars) or -1 (numbers).
 */
final class FormatSpec {
    int fill = ' ';
    char align;
    char sign;
    boolean noNegZero;
    boolean alternate;
    long width = -1;
    /** 0, ',' or '_'. */
    char grouping;
    long precision = -1;
    /** The type code as a code point, 0 when absent. */
    int type;

    private FormatSpec() {}

    /** A copy without fill, alignment or width: the parts of a complex are padded as a whole. */
    FormatSpec unpadded() {
        FormatSpec c = new FormatSpec();
        c.sign = sign;
        c.noNegZero = noNegZero;
        c.alternate = alternate;
        c.grouping = grouping;
        c.precision = precision;
        c.type = type;
        return c;
    }

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    /**
     * Parses {@code spec} for an object of type {@code typeName}; {@code defaultAlign} is
     * '&lt;' for str and '&gt;' for numbers (it decides what a leading '0' means).
     */
    static FormatSpec parse(String spec, String typeName, char defaultAlign) {
        return parse(spec, typeName, defaultAlign, 0);
    }

    /** As {@link #parse(String, String, char)}, with the type assumed when the spec has none. */
    static FormatSpec parse(String spec, String typeName, char defaultAlign, int defaultType) {
        FormatSpec f = new FormatSpec();
        f.type = defaultType;
        int[] s = spec.codePoints().toArray();
        int end = s.length;
        int pos = 0;
        boolean fillSpecified = false;
        boolean alignSpecified = false;
        if (end - pos >= 2 && isAlign(s[pos + 1])) {
            f.align = (char) s[pos + 1];
            f.fill = s[pos];
            fillSpecified = true;
            alignSpecified = true;
            pos += 2;
        } else if (end - pos >= 1 && isAlign(s[pos])) {
            f.align = (char) s[pos];
            alignSpecified = true;
            pos++;
        }
        if (end - pos >= 1 && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' ')) {
            f.sign = (char) s[pos];
            pos++;
        }
        if (end - pos >= 1 && s[pos] == 'z') {
            f.noNegZero = true;
            pos++;
        }
        if (end - pos >= 1 && s[pos] == '#') {
            f.alternate = true;
            pos++;
        }
        if (!fillSpecified && end - pos >= 1 && s[pos] == '0') {
            f.fill = '0';
            if (!alignSpecified && defaultAlign == '>') {
                f.align = '=';
            }
            pos++;
        }
        int start = pos;
        pos = digits(s, pos);
        if (pos > start) {
            f.width = number(s, start, pos);
        }
        if (end - pos >= 1 && s[pos] == ',') {
            f.grouping = ',';
            pos++;
        }
        if (end - pos >= 1 && s[pos] == '_') {
            if (f.grouping != 0) {
                throw PyErrors.valueError("Cannot specify both ',' and '_'.");
            }
            f.grouping = '_';
            pos++;
        }
        if (end - pos >= 1 && s[pos] == ',' && f.grouping == '_') {
            throw PyErrors.valueError("Cannot specify both ',' and '_'.");
        }
        if (end - pos >= 1 && s[pos] == '.') {
            pos++;
            start = pos;
            pos = digits(s, pos);
            if (pos == start) {
                throw PyErrors.valueError("Format specifier missing precision");
            }
            f.precision = number(s, start, pos);
        }
        if (end - pos > 1) {
            throw PyErrors.valueError("Invalid format specifier '%s' for object of type '%s'", spec, typeName);
        }
        if (end - pos == 1) {
            f.type = s[pos];
        }
        if (f.grouping != 0) {
            switch (f.type) {
                case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0:
                    break;
                case 'b', 'o', 'x', 'X':
                    if (f.grouping == '_') {
                        break;
                    }
                    throw badGrouping(f);
                default:
                    throw badGrouping(f);
            }
        }
        return f;
    }

    private static PyException badGrouping(FormatSpec f) {
        return PyErrors.valueError("Cannot specify '%c' with %s.", f.grouping, quotedCode(f.type));
    }

    /** A type code as CPython quotes it in messages: {@code 'x'}, or {@code '\x1'} when unprintable. */
    static String quotedCode(int code) {
        if (code > 32 && code < 128) {
            return "'" + (char) code + "'";
        }
        return "'\\x" + Integer.toHexString(code) + "'";
    }

    static PyException unknownCode(int code, String typeName) {
        return PyErrors.valueError("Unknown format code %s for object of type '%s'", quotedCode(code), typeName);
    }

    private static int digits(int[] s, int pos) {
        while (pos < s.length && UnicodeProps.decimalValue(s[pos]) >= 0) {
            pos++;
        }
        return pos;
    }

    private static long number(int[] s, int from, int to) {
        long n = 0;
        for (int i = from; i < to; i++) {
            int d = UnicodeProps.decimalValue(s[i]);
            if (n > (Long.MAX_VALUE - d) / 10) {
                throw PyErrors.valueError("Too many decimal digits in format string");
            }
            n = n * 10 + d;
        }
        return n;
    }
}
