package dev.terrarium.runtime.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The digits of a finite float formatted with a type code, exactly as CPython 3.11's
 * {@code PyOS_double_to_string} lays them out (compare {@code format_float_short} in
 * Python/pystrtod.c). Rounding is correct half-even on the exact binary value
 * ({@link BigDecimal} holds it exactly); the shortest digits of 'r' come from
 * {@link ShortestDigits}.
 */
public final class FloatFormat {

    private FloatFormat() {
    }

    /**
     * Formats {@code |d|} (finite) without its sign.
     *
     * @param type      'e', 'f', 'g' or 'r' (repr); the caller upper-cases for E F G
     * @param precision digits after the point ('e', 'f') or significant digits ('g'); ignored for 'r'
     * @param alternate '#': keep the point and trailing zeros
     * @param addDot0   add ".0" to an integer result with no exponent (the format type none)
     */
    public static String formatAbs(double d, char type, int precision, boolean alternate, boolean addDot0) {
        d = Math.abs(d);
        String digits;
        int decpt;
        if (type == 'e') {
            precision++;
        } else if (type == 'g' && precision == 0) {
            precision = 1;
        }
        if (d == 0.0) {
            digits = "0";
            decpt = 1;
        } else if (type == 'r') {
            ShortestDigits sd = ShortestDigits.of(d);
            digits = sd.digits();
            decpt = sd.decimalPoint();
        } else {
            BigDecimal exact = new BigDecimal(d);
            BigDecimal r = type == 'f' ? exact.setScale(precision, RoundingMode.HALF_EVEN)
                    : exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            if (r.signum() == 0) {
                digits = "0";
                decpt = 1;
            } else {
                r = r.stripTrailingZeros();
                digits = r.unscaledValue().toString();
                decpt = digits.length() - r.scale();
            }
        }
        return layout(digits, decpt, type, precision, alternate, addDot0);
    }

    private static void zeros(StringBuilder b, int n) {
        for (int i = 0; i < n; i++) {
            b.append('0');
        }
    }

    private static String layout(String digits, int decpt, char type, int precision, boolean alternate, boolean addDot0) {
        int digitsLen = digits.length();
        boolean useExp = false;
        int exp = 0;
        int vdigitsEnd = digitsLen;
        switch (type) {
            case 'e':
                useExp = true;
                vdigitsEnd = precision;
                break;
            case 'f':
                vdigitsEnd = decpt + precision;
                break;
            case 'g':
                if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) {
                    useExp = true;
                }
                if (alternate) {
                    vdigitsEnd = precision;
                }
                break;
            default:
                if (decpt <= -4 || decpt > 16) {
                    useExp = true;
                }
                break;
        }
        if (useExp) {
            exp = decpt - 1;
            decpt = 1;
        }
        int vdigitsStart = decpt <= 0 ? decpt - 1 : 0;
        if (!useExp && addDot0) {
            vdigitsEnd = Math.max(vdigitsEnd, decpt + 1);
        } else {
            vdigitsEnd = Math.max(vdigitsEnd, decpt);
        }
        StringBuilder b = new StringBuilder(digitsLen + 8);
        if (decpt <= 0) {
            zeros(b, decpt - vdigitsStart);
            b.append('.');
            zeros(b, -decpt);
        } else {
            zeros(b, -vdigitsStart);
        }
        if (0 < decpt && decpt <= digitsLen) {
            b.append(digits, 0, decpt).append('.').append(digits, decpt, digitsLen);
        } else {
            b.append(digits);
        }
        if (digitsLen < decpt) {
            zeros(b, decpt - digitsLen);
            b.append('.');
            zeros(b, vdigitsEnd - decpt);
        } else {
            zeros(b, vdigitsEnd - digitsLen);
        }
        if (b.charAt(b.length() - 1) == '.' && !alternate) {
            b.setLength(b.length() - 1);
        }
        if (useExp) {
            b.append('e').append(exp < 0 ? '-' : '+');
            int a = Math.abs(exp);
            if (a < 10) {
                b.append('0');
            }
            b.append(a);
        }
        return b.toString();
    }

    /** True when a formatted body has only zero digits (for the 'z' option). */
    public static boolean isZero(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == 'e' || c == 'E') {
                return true;
            }
            if (c >= '1' && c <= '9') {
                return false;
            }
        }
        return true;
    }
}
