package dev.terrarium.interpreter.parser;

import dev.terrarium.interpreter.ast.ConstantValue;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Python's repr() of the constant kinds the parser produces, as {@code ast.dump} prints them. */
final class PyRepr {
    private PyRepr() {}

    static String constant(ConstantValue v) {
        if (v instanceof ConstantValue.None) {
            return "None";
        } else if (v instanceof ConstantValue.Bool b) {
            return b.value() ? "True" : "False";
        } else if (v instanceof ConstantValue.Ellipsis) {
            return "Ellipsis";
        } else if (v instanceof ConstantValue.Int i) {
            return i.value().toString();
        } else if (v instanceof ConstantValue.Float f) {
            return floatRepr(f.value(), true);
        } else if (v instanceof ConstantValue.Imaginary c) {
            return floatRepr(c.imag(), false) + "j";
        } else if (v instanceof ConstantValue.Str s) {
            return str(s.value());
        }
        return bytes(((ConstantValue.Bytes) v).value());
    }

    /** repr(float) (CPython: float_repr, format code 'r'); {@code addDotZero} false for complex parts. */
    static String floatRepr(double d, boolean addDotZero) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        String sign = (d < 0 || (d == 0 && 1 / d < 0)) ? "-" : "";
        if (d == 0) {
            return sign + (addDotZero ? "0.0" : "0");
        }
        BigDecimal bd = shortest(Math.abs(d));
        String digits = bd.unscaledValue().toString();
        int exp = digits.length() - 1 - bd.scale();
        StringBuilder sb = new StringBuilder(sign);
        if (exp >= -4 && exp < 16) {
            if (exp >= 0) {
                if (digits.length() <= exp + 1) {
                    sb.append(digits).append("0".repeat(exp + 1 - digits.length()));
                    if (addDotZero) {
                        sb.append(".0");
                    }
                } else {
                    sb.append(digits, 0, exp + 1).append('.').append(digits, exp + 1, digits.length());
                }
            } else {
                sb.append("0.").append("0".repeat(-exp - 1)).append(digits);
            }
        } else {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) {
                sb.append('.').append(digits, 1, digits.length());
            }
            sb.append('e').append(exp < 0 ? '-' : '+');
            int a = Math.abs(exp);
            if (a < 10) {
                sb.append('0');
            }
            sb.append(a);
        }
        return sb.toString();
    }

    /** The shortest decimal that reads back as {@code d} (d > 0), the closest one if several. */
    private static BigDecimal shortest(double d) {
        BigDecimal exact = new BigDecimal(d);
        for (int digits = 1; digits < 17; digits++) {
            BigDecimal r = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (r.doubleValue() == d) {
                return r.stripTrailingZeros();
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN)).stripTrailingZeros();
    }

    /** repr(str) (CPython: unicode_repr). */
    static String str(String s) {
        boolean hasSingle = s.indexOf('\'') >= 0;
        boolean hasDouble = s.indexOf('"') >= 0;
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2).append(quote);
        int i = 0;
        while (i < s.length()) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == quote || c == '\\') {
                sb.append('\\').appendCodePoint(c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < ' ' || c == 0x7f) {
                sb.append(hex("\\x", c, 2));
            } else if (c < 0x7f) {
                sb.append((char) c);
            } else if (isPrintable(c)) {
                sb.appendCodePoint(c);
            } else if (c <= 0xff) {
                sb.append(hex("\\x", c, 2));
            } else if (c <= 0xffff) {
                sb.append(hex("\\u", c, 4));
            } else {
                sb.append(hex("\\U", c, 8));
            }
        }
        return sb.append(quote).toString();
    }

    /** Python's str.isprintable for one code point. */
    static boolean isPrintable(int c) {
        if (c == ' ') {
            return true;
        }
        int t = Character.getType(c);
        return !(t == Character.CONTROL || t == Character.FORMAT || t == Character.SURROGATE
                || t == Character.PRIVATE_USE || t == Character.UNASSIGNED || t == Character.LINE_SEPARATOR
                || t == Character.PARAGRAPH_SEPARATOR || t == Character.SPACE_SEPARATOR);
    }

    /** repr(bytes). */
    static String bytes(byte[] b) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (byte x : b) {
            hasSingle |= x == '\'';
            hasDouble |= x == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder(b.length + 3).append('b').append(quote);
        for (byte x : b) {
            int c = x & 0xff;
            if (c == quote || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < ' ' || c >= 0x7f) {
                sb.append(hex("\\x", c, 2));
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(quote).toString();
    }

    private static String hex(String prefix, int c, int width) {
        String h = Integer.toHexString(c);
        return prefix + "0".repeat(Math.max(0, width - h.length())) + h;
    }
}
