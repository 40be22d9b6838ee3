package dev.terrarium.runtime;

import dev.terrarium.runtime.text.FloatFormat;
import dev.terrarium.runtime.text.FloatRepr;
import java.math.BigInteger;

/**
 * {@code format(value, spec)} for the built-in types: {@code str.__format__},
 * {@code int.__format__}, {@code float.__format__} (compare CPython
 * Python/formatter_unicode.c: format_string_internal, format_long_internal,
 * format_float_internal, calc_number_widths and fill_number).
 */
public final class Formatter {
    private Formatter() {}

    /** {@code format(value, spec)}: dispatches to the value's {@code __format__}. */
    public static PyObject format(PyObject value, PyObject spec) {
        if (!(spec instanceof PyStr s)) {
            throw PyErrors.typeError("format() argument 2 must be str, not %s", spec.type().name());
        }
        return PyStr.of(value.format(s.value()));
    }

    /** {@code object.__format__}: only the empty spec is allowed. */
    static String formatObject(PyObject o, String spec) {
        if (!spec.isEmpty()) {
            throw PyErrors.typeError("unsupported format string passed to %s.__format__", o.type().name());
        }
        return Ops.str(o);
    }

    // ---- str ------------------------------------------------------------------------------

    static String formatStr(String v, String spec) {
        if (spec.isEmpty()) {
            return v;
        }
        FormatSpec f = FormatSpec.parse(spec, "str", '<', 's');
        if (f.type != 0 && f.type != 's') {
            throw FormatSpec.unknownCode(f.type, "str");
        }
        if (f.sign == ' ') {
            throw PyErrors.valueError("Space not allowed in string format specifier");
        }
        if (f.sign != 0) {
            throw PyErrors.valueError("Sign not allowed in string format specifier");
        }
        if (f.noNegZero) {
            throw PyErrors.valueError("Negative zero coercion (z) not allowed in string format specifier");
        }
        if (f.alternate) {
            throw PyErrors.valueError("Alternate form (#) not allowed in string format specifier");
        }
        if (f.align == '=') {
            throw PyErrors.valueError("'=' alignment not allowed in string format specifier");
        }
        int len = v.codePointCount(0, v.length());
        if (f.precision >= 0 && f.precision < len) {
            v = v.substring(0, v.offsetByCodePoints(0, (int) f.precision));
            len = (int) f.precision;
        }
        return pad(v, len, f, '<');
    }

    /** Pads a finished text of {@code len} code points to the spec's width. */
    private static String pad(String v, long len, FormatSpec f, char defaultAlign) {
        long total = f.width - len;
        if (total <= 0) {
            return v;
        }
        char align = f.align == 0 ? defaultAlign : f.align;
        long left;
        if (align == '>') {
            left = total;
        } else if (align == '^') {
            left = total / 2;
        } else {
            left = 0;
        }
        return StrLayout.pad(v, left, total - left, f.fill);
    }

    // ---- int ------------------------------------------------------------------------------

    static String formatInt(PyInt value, String spec, String typeName) {
        if (spec.isEmpty()) {
            return value.repr();
        }
        FormatSpec f = FormatSpec.parse(spec, typeName, '>');
        switch (f.type) {
            case 'e', 'E', 'f', 'F', 'g', 'G', '%':
                return formatFloat(value.asDouble(), f);
            case 0, 'd', 'n', 'b', 'o', 'x', 'X', 'c':
                break;
            default:
                throw FormatSpec.unknownCode(f.type, typeName);
        }
        if (f.precision >= 0) {
            throw PyErrors.valueError("Precision not allowed in integer format specifier");
        }
        if (f.noNegZero) {
            throw PyErrors.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        BigInteger v = value.asBig();
        if (f.type == 'c') {
            if (f.sign != 0) {
                throw PyErrors.valueError("Sign not allowed with integer format specifier 'c'");
            }
            if (f.alternate) {
                throw PyErrors.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
            }
            if (v.bitLength() > 63) {
                throw PyErrors.overflowError("Python int too large to convert to C long");
            }
            if (v.signum() < 0 || v.compareTo(BigInteger.valueOf(0x10FFFF)) > 0) {
                throw PyErrors.overflowError("%c arg not in range(0x110000)");
            }
            String c = new String(Character.toChars(v.intValue()));
            return layout(f, "", "", c, "", 0);
        }
        int radix = 10;
        String prefix = "";
        switch (f.type) {
            case 'b' -> {
                radix = 2;
                prefix = "0b";
            }
            case 'o' -> {
                radix = 8;
                prefix = "0o";
            }
            case 'x' -> {
                radix = 16;
                prefix = "0x";
            }
            case 'X' -> {
                radix = 16;
                prefix = "0X";
            }
            default -> {
            }
        }
        if (radix == 10) {
            IntLimits.checkToStr(v);
        }
        String digits = v.abs().toString(radix);
        if (f.type == 'X') {
            digits = digits.toUpperCase(java.util.Locale.ROOT);
        }
        return layout(f, sign(v.signum() < 0, f), f.alternate ? prefix : "", digits, "", radix == 10 ? 3 : 4);
    }

    private static String sign(boolean negative, FormatSpec f) {
        if (negative) {
            return "-";
        }
        return f.sign == '+' ? "+" : f.sign == ' ' ? " " : "";
    }

    // ---- float ----------------------------------------------------------------------------

    static String formatFloat(double value, String spec) {
        if (spec.isEmpty()) {
            return FloatRepr.repr(value);
        }
        return formatFloat(value, FormatSpec.parse(spec, "float", '>'));
    }

    private static String formatFloat(double value, FormatSpec f) {
        int type = f.type;
        if (f.precision > Integer.MAX_VALUE) {
            throw PyErrors.valueError("precision too big");
        }
        boolean addDot0 = false;
        int precision = (int) Math.min(f.precision, Integer.MAX_VALUE);
        char t;
        switch (type) {
            case 0 -> {
                addDot0 = true;
                t = precision < 0 ? 'r' : 'g';
            }
            case 'e', 'E' -> t = 'e';
            case 'f', 'F', '%' -> t = 'f';
            case 'g', 'G', 'n' -> t = 'g';
            default -> throw FormatSpec.unknownCode(type, "float");
        }
        if (precision < 0) {
            precision = 6;
        }
        return renderFloat(value, f, t, precision, addDot0);
    }

    /**
     * One double written with the conversion {@code t} ('e', 'f', 'g' or 'r'), then signed,
     * grouped and padded as {@code f} says (upper case for E, F and G; '%' appends a percent).
     */
    private static String renderFloat(double value, FormatSpec f, char t, int precision, boolean addDot0) {
        int type = f.type;
        if (type == '%') {
            value *= 100;
        }
        boolean upper = type == 'E' || type == 'F' || type == 'G';
        boolean negative;
        String body;
        if (Double.isNaN(value)) {
            negative = false;
            body = "nan";
        } else if (Double.isInfinite(value)) {
            negative = value < 0;
            body = "inf";
        } else {
            negative = (Double.doubleToRawLongBits(value) < 0);
            Budget.checkBytes(2L * precision);
            body = FloatFormat.formatAbs(value, t, precision, f.alternate, addDot0);
            if (negative && f.noNegZero && FloatFormat.isZero(body)) {
                negative = false;
            }
        }
        if (upper) {
            body = body.toUpperCase(java.util.Locale.ROOT);
        }
        if (type == '%') {
            body = body + "%";
        }
        int intEnd = 0;
        while (intEnd < body.length() && Character.isDigit(body.charAt(intEnd))) {
            intEnd++;
        }
        if (intEnd == 0) {
            // inf and nan: no digits to group, padded as a whole.
            return layout(f, sign(negative, f), "", "", body, 3);
        }
        return layout(f, sign(negative, f), "", body.substring(0, intEnd), body.substring(intEnd), 3);
    }

    // ---- complex --------------------------------------------------------------------------

    /**
     * {@code complex.__format__} for a non-empty spec (compare CPython format_complex_internal):
     * each part is written like a float without padding, the imaginary part always signed
     * unless the real part is omitted, then the whole {@code re+imj} (in parentheses for the
     * default type) is padded to the width.
     */
    static String formatComplex(double re, double im, String spec) {
        FormatSpec f = FormatSpec.parse(spec, "complex", '>');
        switch (f.type) {
            case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n':
                break;
            default:
                throw FormatSpec.unknownCode(f.type, "complex");
        }
        if (f.precision > Integer.MAX_VALUE) {
            throw PyErrors.valueError("precision too big");
        }
        int precision = (int) f.precision;
        char t;
        int defaultPrecision = 6;
        boolean parens = false;
        boolean skipRe = false;
        switch (f.type) {
            case 0 -> {
                t = 'r';
                defaultPrecision = 0;
                if (re == 0.0 && Double.doubleToRawLongBits(re) == 0L) {
                    skipRe = true;
                } else {
                    parens = true;
                }
            }
            case 'e', 'E' -> t = 'e';
            case 'f', 'F' -> t = 'f';
            default -> t = 'g';
        }
        if (precision < 0) {
            precision = defaultPrecision;
        } else if (t == 'r') {
            t = 'g';
        }
        if (f.fill == '0') {
            throw PyErrors.valueError("Zero padding is not allowed in complex format specifier");
        }
        if (f.align == '=') {
            throw PyErrors.valueError("'=' alignment flag is not allowed in complex format specifier");
        }
        FormatSpec part = f.unpadded();
        String reText = skipRe ? "" : renderFloat(re, part, t, precision, false);
        if (!skipRe) {
            part.sign = '+';
        }
        String imText = renderFloat(im, part, t, precision, false);
        String body = (parens ? "(" : "") + reText + imText + "j" + (parens ? ")" : "");
        return pad(body, body.codePointCount(0, body.length()), f, '>');
    }

    // ---- number layout --------------------------------------------------------------------

    /**
     * Joins sign, prefix, digits (grouped when the spec asks) and the remainder, and pads
     * to the width (compare CPython {@code calc_number_widths} and {@code fill_number}).
     */
    private static String layout(FormatSpec f, String sign, String prefix, String digits, String rest, int groupSize) {
        char align = f.align == 0 ? '>' : f.align;
        long minWidth = f.fill == '0' && align == '=' ? f.width - sign.length() - prefix.length() - rest.length() : 0;
        String grouped = group(digits, f.grouping, groupSize, minWidth);
        int restLen = rest.codePointCount(0, rest.length());
        long len = sign.length() + prefix.length() + grouped.codePointCount(0, grouped.length()) + restLen;
        long total = f.width - len;
        if (total <= 0) {
            return sign + prefix + grouped + rest;
        }
        if (align == '=') {
            return sign + prefix + StrLayout.pad(grouped + rest, total, 0, f.fill);
        }
        long left = align == '>' ? total : align == '^' ? total / 2 : 0;
        return StrLayout.pad(sign + prefix + grouped + rest, left, total - left, f.fill);
    }

    /** Digits with separators, zero-padded to {@code minWidth} (compare {@code _PyUnicode_InsertThousandsGrouping}). */
    private static String group(String digits, char sep, int size, long minWidth) {
        if (digits.isEmpty()) {
            return digits;
        }
        if (sep == 0) {
            if (minWidth > digits.length()) {
                Budget.checkBytes(2L * minWidth);
                return "0".repeat((int) (minWidth - digits.length())) + digits;
            }
            return digits;
        }
        Budget.checkBytes(4L * Math.max(minWidth, digits.length()));
        StringBuilder out = new StringBuilder();
        long remaining = digits.length();
        boolean useSep = false;
        while (true) {
            long l = Math.min(size, Math.max(Math.max(remaining, minWidth), 1));
            long zeros = Math.max(0, l - remaining);
            long chars = Math.max(0, Math.min(remaining, l));
            if (useSep) {
                out.append(sep);
            }
            for (long i = chars - 1; i >= 0; i--) {
                out.append(digits.charAt((int) (remaining - chars + i)));
            }
            for (long i = 0; i < zeros; i++) {
                out.append('0');
            }
            useSep = true;
            remaining -= chars;
            minWidth -= size;
            if (remaining <= 0 && minWidth <= 0) {
                break;
            }
            minWidth -= 1;
        }
        return out.reverse().toString();
    }
}
