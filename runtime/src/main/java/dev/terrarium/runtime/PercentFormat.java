package dev.terrarium.runtime;

import dev.terrarium.runtime.text.FloatFormat;
import dev.terrarium.runtime.text.StrRepr;
import java.math.BigInteger;

/**
 * {@code str % args} and {@code bytes % args}: printf-style formatting, exactly as CPython
 * 3.11's {@code PyUnicode_Format} (Objects/unicodeobject.c: unicode_format_arg_parse,
 * unicode_format_getnextarg, unicode_format_arg_format, unicode_format_arg_output) and
 * {@code _PyBytes_FormatEx} (Objects/bytesobject.c). Conversions d i u o x X e E f F g G c
 * r s a and %%, flags - + space # 0, width and precision (also '*'), and {@code %(key)s}
 * with a mapping. Bytes are handled as Latin-1 text (one char per byte); in bytes mode %s
 * and %b take bytes-like objects, %r and %a give ASCII reprs, %c takes a byte, and mapping
 * keys are bytes.
 */
final class PercentFormat {
    private static final int LJUST = 1;
    private static final int SIGN = 2;
    private static final int BLANK = 4;
    private static final int ALT = 8;
    private static final int ZERO = 16;

    private final int[] fmt;
    private PyObject args;
    private int arglen;
    private int argidx;
    private final PyObject dict;
    /** True for {@code bytes % args}: fmt and the result are Latin-1 text standing for bytes. */
    private final boolean bytes;

    private PercentFormat(String fmt, PyObject args, boolean bytes) {
        this.bytes = bytes;
        this.fmt = fmt.codePoints().toArray();
        this.args = args;
        if (args instanceof PyTuple t) {
            arglen = t.size();
            argidx = 0;
        } else {
            arglen = -1;
            argidx = -2;
        }
        boolean subscriptable = args.type().lookup("__getitem__") != null || args instanceof PyDict
                || args instanceof PyList || args instanceof PyRange || args instanceof PyBytesLike;
        boolean mapping = subscriptable && !(args instanceof PyTuple) && !(args instanceof PyStr)
                && !(bytes && args instanceof PyBytes);
        dict = mapping ? args : null;
    }

    static String format(String fmt, PyObject args) {
        return new PercentFormat(fmt, args, false).run();
    }

    /** {@code bytes % args}: the format and the result as bytes (compare _PyBytes_FormatEx). */
    static byte[] formatBytes(PyBytesLike fmt, PyObject args) {
        return PyBytesLike.fromLatin1(new PercentFormat(fmt.latin1(), args, true).run());
    }

    private PyObject nextArg() {
        if (argidx < arglen) {
            int i = argidx++;
            return arglen < 0 ? args : ((PyTuple) args).get(i);
        }
        throw PyErrors.typeError("not enough arguments for format string");
    }

    private String run() {
        StringBuilder out = new StringBuilder();
        int n = fmt.length;
        int i = 0;
        while (i < n) {
            int c = fmt[i++];
            if (c != '%') {
                out.appendCodePoint(c);
                continue;
            }
            if (i < n && fmt[i] == '%') {
                out.append('%');
                i++;
                continue;
            }
            i = conversion(out, i);
            Budget.checkBytes(2L * out.length());
        }
        if (argidx < arglen && dict == null) {
            throw PyErrors.typeError("not all arguments converted during %s formatting", bytes ? "bytes" : "string");
        }
        return out.toString();
    }

    /** Parses and formats one conversion starting after its '%'; returns the index after it. */
    private int conversion(StringBuilder out, int i) {
        int n = fmt.length;
        if (i < n && fmt[i] == '(') {
            if (dict == null) {
                throw PyErrors.typeError("format requires a mapping");
            }
            int start = ++i;
            int level = 1;
            while (i < n && level > 0) {
                if (fmt[i] == ')') {
                    level--;
                } else if (fmt[i] == '(') {
                    level++;
                }
                i++;
            }
            if (level > 0) {
                throw PyErrors.valueError("incomplete format key");
            }
            String key = new String(fmt, start, i - 1 - start);
            args = dict.getItem(bytes ? new PyBytes(PyBytesLike.fromLatin1(key)) : PyStr.of(key));
            arglen = -1;
            argidx = -2;
        }
        int flags = 0;
        for (; i < n; i++) {
            int c = fmt[i];
            if (c == '-') {
                flags |= LJUST;
            } else if (c == '+') {
                flags |= SIGN;
            } else if (c == ' ') {
                flags |= BLANK;
            } else if (c == '#') {
                flags |= ALT;
            } else if (c == '0') {
                flags |= ZERO;
            } else {
                break;
            }
        }
        long width = -1;
        if (i < n && fmt[i] == '*') {
            PyObject w = nextArg();
            if (!(w instanceof PyInt wi)) {
                throw PyErrors.typeError("* wants int");
            }
            width = StrArgs.ssize(wi);
            if (width < 0) {
                flags |= LJUST;
                width = -width;
            }
            i++;
        } else {
            int start = i;
            while (i < n && fmt[i] >= '0' && fmt[i] <= '9') {
                i++;
            }
            if (i > start) {
                width = number(start, i, "width too big");
            }
        }
        long prec = -1;
        if (i < n && fmt[i] == '.') {
            i++;
            if (i < n && fmt[i] == '*') {
                PyObject p = nextArg();
                if (!(p instanceof PyInt pi)) {
                    throw PyErrors.typeError("* wants int");
                }
                prec = Math.max(0, cInt(pi));
                i++;
            } else {
                int start = i;
                while (i < n && fmt[i] >= '0' && fmt[i] <= '9') {
                    i++;
                }
                prec = i > start ? number(start, i, "precision too big") : 0;
            }
        }
        if (i >= n) {
            throw PyErrors.valueError("incomplete format");
        }
        int type = fmt[i];
        PyObject v = nextArg();
        if (bytes) {
            formatBytesArg(out, v, type, flags, width, prec, i);
        } else {
            format(out, v, type, flags, width, prec, i);
        }
        return i + 1;
    }

    /** A C int argument ({@code _PyLong_AsInt}), as the precision taken by '*' is. */
    private static int cInt(PyInt v) {
        if (!v.isSmall() || v.value > Integer.MAX_VALUE || v.value < Integer.MIN_VALUE) {
            throw PyErrors.overflowError("Python int too large to convert to C int");
        }
        return (int) v.value;
    }

    /** One conversion of {@code bytes % args} (compare the switch in _PyBytes_FormatEx). */
    private static void formatBytesArg(StringBuilder out, PyObject v, int type, int flags, long width, long prec,
            int index) {
        switch (type) {
            case 's', 'b', 'r', 'a' -> {
                String s = type == 'r' || type == 'a' ? StrRepr.escapeNonAscii(Ops.repr(v)) : bytesOperand(v);
                if (prec >= 0 && prec < s.length()) {
                    s = s.substring(0, (int) prec);
                }
                pad(out, "", "", s, flags & LJUST, width);
            }
            case 'c' -> pad(out, "", "", String.valueOf((char) byteOperand(v)), flags & LJUST, width);
            // _PyBytes_FormatEx turns 'i' into 'd' before formatting (its messages say %d)
            case 'd', 'i', 'u', 'o', 'x', 'X' -> formatInt(out, v, type == 'i' ? 'd' : type, flags, width, prec);
            case 'e', 'E', 'f', 'F', 'g', 'G' -> {
                if (floatValue(v) == null) {
                    throw PyErrors.typeError("float argument required, not %s", v.type().name());
                }
                formatFloat(out, v, type, flags, width, prec);
            }
            default -> throw PyErrors.valueError("unsupported format character '%c' (0x%x) at index %d",
                    type >= 32 && type <= 126 ? (char) type : '?', type, index);
        }
    }

    /** The operand of %s and %b: a bytes-like object or one with {@code __bytes__}, as Latin-1 text. */
    private static String bytesOperand(PyObject v) {
        String s = Buffers.latin1Of(v);
        if (s != null) {
            return s;
        }
        if (v instanceof PyInstance && v.type().lookup("__bytes__") != null) {
            PyObject r = Special.call0(v, "__bytes__");
            if (!(r instanceof PyBytes b)) {
                throw PyErrors.typeError("__bytes__ returned non-bytes (type %s)", r.type().name());
            }
            return b.latin1();
        }
        throw PyErrors.typeError("%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
                v.type().name());
    }

    /** The operand of bytes' %c: one byte, or an int in range(256) (compare byte_converter). */
    private static int byteOperand(PyObject v) {
        if (v instanceof PyBytesLike b && b.length() == 1) {
            return b.byteAt(0);
        }
        PyInt i;
        if (v instanceof PyInt vi) {
            i = vi;
        } else if (v instanceof PyInstance && v.type().lookup("__index__") != null) {
            i = ArgParser.index(v);
        } else {
            throw PyErrors.typeError("%c requires an integer in range(256) or a single byte");
        }
        if (!i.isSmall() || i.value < 0 || i.value > 255) {
            throw PyErrors.overflowError("%c arg not in range(256)");
        }
        return (int) i.value;
    }

    /** {@code PyFloat_AsDouble}: a float, an int, or an object with __float__ or __index__; null otherwise. */
    private static Double floatValue(PyObject v) {
        return NumberProtocol.asDoubleOrNull(v);
    }

    /**
     * The integer an integer conversion formats (compare mainformatlong): o, x and X need an
     * index; d, i and u also take floats and objects with __int__. Null when the type does not fit.
     */
    private static BigInteger integerValue(PyObject v, int type) {
        if (v instanceof PyInt i) {
            return i.asBig();
        }
        boolean index = (v instanceof PyInstance || DerivedSlots.isDerived(v)) && v.type().lookup("__index__") != null;
        if (type == 'o' || type == 'x' || type == 'X') {
            return index ? ArgParser.index(v).asBig() : null;
        }
        if (v instanceof PyFloat f && !DerivedSlots.isDerived(v)) {
            return IntConstructor.fromDouble(f.value).asBig();
        }
        if ((v instanceof PyInstance || DerivedSlots.isDerived(v)) && (index || v.type().lookup("__int__") != null)) {
            // PyNumber_Long: a float subclass's own __int__ counts too.
            PyInt r = NumberProtocol.toIntOrNull(v);
            return r == null ? null : r.asBig();
        }
        return null;
    }

    private long number(int from, int to, String tooBig) {
        long v = 0;
        for (int j = from; j < to; j++) {
            v = v * 10 + (fmt[j] - '0');
            if (v > Integer.MAX_VALUE) {
                throw PyErrors.valueError(tooBig);
            }
        }
        return v;
    }

    private static void format(StringBuilder out, PyObject v, int type, int flags, long width, long prec, int index) {
        switch (type) {
            case 's', 'r', 'a' -> {
                String s = type == 's' ? Ops.str(v) : type == 'r' ? Ops.repr(v) : StrRepr.escapeNonAscii(Ops.repr(v));
                if (prec >= 0 && prec < s.codePointCount(0, s.length())) {
                    s = s.substring(0, s.offsetByCodePoints(0, (int) prec));
                }
                pad(out, "", "", s, flags & LJUST, width);
            }
            case 'c' -> pad(out, "", "", character(v), flags & LJUST, width);
            case 'd', 'i', 'u', 'o', 'x', 'X' -> formatInt(out, v, type, flags, width, prec);
            case 'e', 'E', 'f', 'F', 'g', 'G' -> formatFloat(out, v, type, flags, width, prec);
            default -> throw PyErrors.valueError("unsupported format character '%c' (0x%x) at index %d",
                    type >= 32 && type <= 126 ? (char) type : '?', type, index);
        }
    }

    private static String character(PyObject v) {
        if (v instanceof PyStr s) {
            if (s.length() == 1) {
                return s.value();
            }
        } else if (v instanceof PyInt || v instanceof PyInstance && v.type().lookup("__index__") != null) {
            PyInt i = ArgParser.index(v);
            if (!i.isSmall() || i.value < 0 || i.value > 0x10FFFF) {
                throw PyErrors.overflowError("%c arg not in range(0x110000)");
            }
            return new String(Character.toChars((int) i.value));
        }
        throw PyErrors.typeError("%c requires int or char");
    }

    private static void formatInt(StringBuilder out, PyObject v, int type, int flags, long width, long prec) {
        BigInteger value = integerValue(v, type);
        if (value != null) {
            // formatted below
        } else if (type == 'd' || type == 'i' || type == 'u') {
            throw PyErrors.typeError("%%%c format: a real number is required, not %s", (char) type, v.type().name());
        } else {
            throw PyErrors.typeError("%%%c format: an integer is required, not %s", (char) type, v.type().name());
        }
        int radix = type == 'o' ? 8 : type == 'x' || type == 'X' ? 16 : 10;
        if (radix == 10) {
            IntLimits.checkToStr(value);
        }
        String digits = value.abs().toString(radix);
        if (type == 'X') {
            digits = digits.toUpperCase(java.util.Locale.ROOT);
        }
        if (prec > digits.length()) {
            Budget.checkBytes(2L * prec);
            digits = "0".repeat((int) (prec - digits.length())) + digits;
        }
        String prefix = (flags & ALT) == 0 || radix == 10 ? "" : type == 'o' ? "0o" : type == 'x' ? "0x" : "0X";
        out(out, sign(value.signum() < 0, flags), prefix, digits, flags, width);
    }

    private static void formatFloat(StringBuilder out, PyObject v, int type, int flags, long width, long prec) {
        Double boxed = floatValue(v);
        if (boxed == null) {
            throw PyErrors.typeError("must be real number, not %s", v.type().name());
        }
        double d = boxed;
        if (prec < 0) {
            prec = 6;
        }
        boolean upper = type == 'E' || type == 'F' || type == 'G';
        char t = (char) Character.toLowerCase(type);
        String body;
        boolean negative;
        if (Double.isNaN(d)) {
            body = "nan";
            negative = false;
        } else if (Double.isInfinite(d)) {
            body = "inf";
            negative = d < 0;
        } else {
            Budget.checkBytes(2L * prec);
            body = FloatFormat.formatAbs(d, t, (int) prec, (flags & ALT) != 0, false);
            negative = Double.doubleToRawLongBits(d) < 0;
        }
        if (upper) {
            body = body.toUpperCase(java.util.Locale.ROOT);
        }
        out(out, sign(negative, flags), "", body, flags, width);
    }

    private static String sign(boolean negative, int flags) {
        return negative ? "-" : (flags & SIGN) != 0 ? "+" : (flags & BLANK) != 0 ? " " : "";
    }

    /** A number: zero padding goes between the sign and prefix and the digits. */
    private static void out(StringBuilder out, String sign, String prefix, String body, int flags, long width) {
        long len = sign.length() + prefix.length() + body.length();
        if ((flags & ZERO) != 0 && (flags & LJUST) == 0 && width > len) {
            Budget.checkBytes(2L * (out.length() + width));
            out.append(sign).append(prefix);
            for (long k = len; k < width; k++) {
                out.append('0');
            }
            out.append(body);
            return;
        }
        pad(out, sign, prefix, body, flags & LJUST, width);
    }

    private static void pad(StringBuilder out, String sign, String prefix, String body, int ljust, long width) {
        long len = sign.length() + prefix.length() + body.codePointCount(0, body.length());
        long fill = width - len;
        if (fill > 0) {
            Budget.checkBytes(2L * (out.length() + width));
        }
        if (ljust == 0) {
            for (long k = 0; k < fill; k++) {
                out.append(' ');
            }
        }
        out.append(sign).append(prefix).append(body);
        if (ljust != 0) {
            for (long k = 0; k < fill; k++) {
                out.append(' ');
            }
        }
    }
}
