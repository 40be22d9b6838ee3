package dev.terrarium.runtime;

import java.math.BigInteger;

/**
 * {@code float.hex()} and {@code float.fromhex()}: CPython's float_hex and float_fromhex
 * (Objects/floatobject.c), exact in both directions, rounding half to even on input.
 */
final class FloatHex {
    private FloatHex() {}

    private static final int TOTAL_HEX_DIGITS = 13; // (DBL_MANT_DIG - 1) / 4
    private static final int DBL_MIN_EXP = -1021;

    static String toHex(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return new PyFloat(x).repr();
        }
        if (x == 0.0) {
            return (1.0 / x < 0 ? "-" : "") + "0x0.0p+0";
        }
        double m = Math.abs(x);
        int e = Math.getExponent(m) + 1; // frexp: m = f * 2**e with 0.5 <= f < 1
        if (Math.getExponent(m) < Double.MIN_EXPONENT) { // subnormal
            e = Math.getExponent(m * 0x1p54) + 1 - 54;
        }
        double f = Math.scalb(m, -e);
        int shift = 1 - Math.max(DBL_MIN_EXP - e, 0);
        f = Math.scalb(f, shift);
        e -= shift;
        StringBuilder s = new StringBuilder(x < 0 ? "-0x" : "0x");
        int digit = (int) f;
        s.append(Character.forDigit(digit, 16)).append('.');
        f -= digit;
        for (int i = 0; i < TOTAL_HEX_DIGITS; i++) {
            f *= 16.0;
            digit = (int) f;
            s.append(Character.forDigit(digit, 16));
            f -= digit;
        }
        s.append('p').append(e < 0 ? "-" : "+").append(Math.abs(e));
        return s.toString();
    }

    static double fromHex(String text) {
        String s = text.strip();
        int i = 0;
        boolean negative = false;
        if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        String rest = s.substring(i).toLowerCase(java.util.Locale.ROOT);
        if (rest.equals("inf") || rest.equals("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (rest.equals("nan")) {
            return Double.NaN;
        }
        if (rest.startsWith("0x")) {
            i += 2;
        }
        BigInteger mantissa = BigInteger.ZERO;
        long exponent = 0;
        int digits = 0;
        boolean dot = false;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' && !dot) {
                dot = true;
                continue;
            }
            int d = Character.digit(c, 16);
            if (d < 0 || c > 0x7f) {
                break;
            }
            mantissa = mantissa.shiftLeft(4).add(BigInteger.valueOf(d));
            digits++;
            if (dot) {
                exponent -= 4;
            }
        }
        if (digits == 0) {
            throw invalid();
        }
        if (i < s.length() && (s.charAt(i) == 'p' || s.charAt(i) == 'P')) {
            i++;
            int start = i;
            if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
                i++;
            }
            int expDigits = i;
            while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
            if (i == expDigits) {
                throw invalid();
            }
            BigInteger p = new BigInteger(s.substring(start, i));
            // beyond any double either way: clamp, keeping the sign
            exponent += p.max(BigInteger.valueOf(-100000)).min(BigInteger.valueOf(100000)).longValue();
        }
        if (i != s.length()) {
            throw invalid();
        }
        double v = scale(mantissa, exponent);
        return negative ? -v : v;
    }

    /** {@code mantissa * 2**exponent} rounded half-even to a double; OverflowError past the largest. */
    private static double scale(BigInteger mantissa, long exponent) {
        if (mantissa.signum() == 0) {
            return 0.0;
        }
        int bits = mantissa.bitLength();
        long top = exponent + bits; // value = 0.1xxx (binary) * 2**top
        if (top > 1024) {
            throw PyErrors.overflowError("hexadecimal value too large to represent as a float");
        }
        long precision = top >= DBL_MIN_EXP ? 53 : 53 - (DBL_MIN_EXP - top);
        long shift = bits - precision;
        BigInteger q = mantissa;
        if (shift > 0) {
            q = mantissa.shiftRight((int) Math.min(shift, Integer.MAX_VALUE));
            BigInteger rem = mantissa.subtract(q.shiftLeft((int) Math.min(shift, Integer.MAX_VALUE)));
            BigInteger half = BigInteger.ONE.shiftLeft((int) Math.min(shift - 1, Integer.MAX_VALUE));
            int cmp = rem.compareTo(half);
            if (cmp > 0 || (cmp == 0 && q.testBit(0))) {
                q = q.add(BigInteger.ONE);
            }
            exponent += shift;
        }
        double r = Math.scalb(q.doubleValue(), (int) Math.max(Math.min(exponent, 10000), -10000));
        if (Double.isInfinite(r)) {
            throw PyErrors.overflowError("hexadecimal value too large to represent as a float");
        }
        return r;
    }

    private static PyException invalid() {
        return PyErrors.valueError("invalid hexadecimal floating-point string");
    }
}
