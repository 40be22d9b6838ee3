package dev.terrarium.runtime;

import java.math.BigDecimal;

/**
 * Float to text, as CPython's {@code float_repr} ('r' format, shortest round-trip digits).
 * Finds the shortest decimal that reads back as the same double by trying 1..17
 * significant digits of the exact value; correct, not yet fast.
 */
final class FloatText {
    private FloatText() {}

    static String repr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0.0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        BigDecimal exact = new BigDecimal(d);
        BigDecimal shortest = null;
        for (int p = 1; p <= 17; p++) {
            BigDecimal r = exact.round(new java.math.MathContext(p, java.math.RoundingMode.HALF_EVEN));
            if (r.doubleValue() == d) {
                shortest = r;
                break;
            }
        }
        BigDecimal s = shortest.stripTrailingZeros();
        String digits = s.unscaledValue().abs().toString();
        int exp10 = digits.length() - s.scale() - 1; // decimal exponent of the first digit
        StringBuilder out = new StringBuilder();
        if (d < 0) {
            out.append('-');
        }
        if (exp10 >= -4 && exp10 < 16) {
            if (exp10 >= 0) {
                if (digits.length() <= exp10 + 1) {
                    out.append(digits).append("0".repeat(exp10 + 1 - digits.length())).append(".0");
                } else {
                    out.append(digits, 0, exp10 + 1).append('.').append(digits, exp10 + 1, digits.length());
                }
            } else {
                out.append("0.").append("0".repeat(-exp10 - 1)).append(digits);
            }
        } else {
            out.append(digits.charAt(0));
            if (digits.length() > 1) {
                out.append('.').append(digits, 1, digits.length());
            }
            out.append('e').append(exp10 < 0 ? '-' : '+');
            int ae = Math.abs(exp10);
            if (ae < 10) {
                out.append('0');
            }
            out.append(ae);
        }
        return out.toString();
    }
}
