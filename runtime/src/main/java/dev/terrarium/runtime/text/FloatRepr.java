package dev.terrarium.runtime.text;

/**
 * {@code repr(float)} and {@code str(float)} exactly as CPython 3.11 prints them.
 *
 * <p>CPython counterpart: {@code float_repr} in Objects/floatobject.c, which calls
 * {@code PyOS_double_to_string(x, 'r', 0, Py_DTSF_ADD_DOT_0, NULL)} (Python/pystrtod.c). The
 * digits come from David Gay's {@code _Py_dg_dtoa} in mode 0: the shortest decimal string
 * that reads back as the same double, and among those the one nearest the exact binary
 * value. {@link ShortestDigits} computes the same digits. The layout follows the 'r' rules:
 * <ul>
 *   <li>positional notation when the decimal exponent (of the form d.ddd x 10^exp) is in
 *       [-4, 16), with {@code ".0"} appended when no fraction digit remains
 *       ({@code 1.0}, {@code 0.0001}, {@code 1234567890123456.0});</li>
 *   <li>otherwise scientific notation with no trailing {@code ".0"}, an explicit exponent
 *       sign and at least two exponent digits ({@code 1e+16}, {@code 1e-05},
 *       {@code 1.5e+300});</li>
 *   <li>{@code inf}, {@code -inf}, {@code nan} (never signed) and {@code -0.0}.</li>
 * </ul>
 * In Python 3 {@code str(float)} is the same as {@code repr(float)}.
 */
public final class FloatRepr {

    private FloatRepr() {
    }

    /** {@code repr(d)} as CPython 3.11 prints it. */
    public static String repr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0.0) {
            return (Double.doubleToRawLongBits(d) < 0) ? "-0.0" : "0.0";
        }
        StringBuilder out = new StringBuilder(26);
        if (d < 0) {
            out.append('-');
            d = -d;
        }
        ShortestDigits sd = ShortestDigits.of(d);
        layout(out, sd.digits(), sd.decimalPoint());
        return out.toString();
    }

    /** {@code str(d)}: in Python 3 identical to {@link #repr(double)}. */
    public static String str(double d) {
        return repr(d);
    }

    /**
     * Lays out significant digits per the 'r' format with Py_DTSF_ADD_DOT_0.
     *
     * @param digits       significant digits, no leading or trailing zeros, at least one
     * @param decimalPoint value = 0.digits x 10^decimalPoint (Gay's {@code decpt})
     */
    static void layout(StringBuilder out, String digits, int decimalPoint) {
        int exp = decimalPoint - 1;
        int n = digits.length();
        if (exp < -4 || exp >= 16) {
            out.append(digits.charAt(0));
            if (n > 1) {
                out.append('.').append(digits, 1, n);
            }
            out.append('e').append(exp < 0 ? '-' : '+');
            int absExp = Math.abs(exp);
            if (absExp < 10) {
                out.append('0');
            }
            out.append(absExp);
        } else if (decimalPoint <= 0) {
            out.append("0.");
            for (int i = decimalPoint; i < 0; i++) {
                out.append('0');
            }
            out.append(digits);
        } else if (decimalPoint >= n) {
            out.append(digits);
            for (int i = n; i < decimalPoint; i++) {
                out.append('0');
            }
            out.append(".0");
        } else {
            out.append(digits, 0, decimalPoint).append('.').append(digits, decimalPoint, n);
        }
    }
}
