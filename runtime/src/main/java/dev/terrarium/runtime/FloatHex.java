package dev.terrarium.runtime;

import java.math.BigInteger;
import java.util.Locale;

/**
 * {@code float.hex()} and the class method {@code float.fromhex(s)} (compare CPython's
 * {@code float_hex} and {@code float_fromhex}): exact hexadecimal text of a double, and
 * correctly rounded (half to even, subnormals included) parsing of it.
 */
final class FloatHex {
    private FloatHex() {}

    private static final int MANTISSA_BITS = 52;
    private static final int MIN_EXPONENT = -1022;
    /** Binary exponents beyond this are certainly out of range; clamping keeps arithmetic in a long. */
    private static final long EXPONENT_CLAMP = 1L << 40;

    static void install(PyType t) {
        t.define("hex", new PyMethodDescriptor(t, "hex", (s, a, k) -> {
            ArgParser.noArgs(t.name() + ".hex", a, k);
            return PyStr.of(hex(((PyFloat) s).value));
        }));
        t.define("fromhex", new PyClassMethod(new PyBuiltinFunction("fromhex", (a, k) -> {
            ArgParser.noKeywords("fromhex", k);
            // a[0] is the class the method was looked up on.
            if (a.length != 2) {
                throw PyErrors.typeError("fromhex() takes exactly one argument (%d given)", a.length - 1);
            }
            if (!(a[1] instanceof PyStr s)) {
                throw PyErrors.typeError("bad argument type for built-in operation");
            }
            PyFloat result = new PyFloat(fromHex(s.value()));
            PyType cls = (PyType) a[0];
            return cls == PyFloat.TYPE ? result : cls.call(new PyObject[] {result}, null);
        })));
    }

    static String hex(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        long bits = Double.doubleToRawLongBits(v);
        String sign = bits < 0 ? "-" : "";
        if (v == 0.0) {
            return sign + "0x0.0p+0";
        }
        int biased = (int) ((bits >>> MANTISSA_BITS) & 0x7ff);
        long fraction = bits & ((1L << MANTISSA_BITS) - 1);
        String lead = biased == 0 ? "0" : "1";
        int exponent = biased == 0 ? MIN_EXPONENT : biased - 1023;
        String digits = String.format(Locale.ROOT, "%013x", fraction);
        return sign + "0x" + lead + "." + digits + "p" + (exponent >= 0 ? "+" : "") + exponent;
    }

    static double fromHex(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && isSpace(s.charAt(i))) {
            i++;
        }
        int end = n;
        while (end > i && isSpace(s.charAt(end - 1))) {
            end--;
        }
        boolean negative = false;
        if (i < end && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        String rest = s.substring(i, end).toLowerCase(Locale.ROOT);
        if (rest.equals("inf") || rest.equals("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (rest.equals("nan")) {
            return Double.NaN;
        }
        int p = 0;
        int m = rest.length();
        if (m >= 2 && rest.charAt(0) == '0' && rest.charAt(1) == 'x') {
            p = 2;
        }
        StringBuilder digits = new StringBuilder();
        int fractionDigits = 0;
        int intStart = p;
        while (p < m && hexValue(rest.charAt(p)) >= 0) {
            digits.append(rest.charAt(p++));
        }
        boolean anyDigits = p > intStart;
        if (p < m && rest.charAt(p) == '.') {
            p++;
            int fracStart = p;
            while (p < m && hexValue(rest.charAt(p)) >= 0) {
                digits.append(rest.charAt(p++));
            }
            fractionDigits = p - fracStart;
            anyDigits |= fractionDigits > 0;
        }
        if (!anyDigits) {
            throw invalid();
        }
        long exponent = 0;
        if (p < m && rest.charAt(p) == 'p') {
            p++;
            boolean expNegative = false;
            if (p < m && (rest.charAt(p) == '+' || rest.charAt(p) == '-')) {
                expNegative = rest.charAt(p) == '-';
                p++;
            }
            int expStart = p;
            while (p < m && rest.charAt(p) >= '0' && rest.charAt(p) <= '9') {
                exponent = Math.min(EXPONENT_CLAMP, exponent * 10 + (rest.charAt(p) - '0'));
                p++;
            }
            if (p == expStart) {
                throw invalid();
            }
            if (expNegative) {
                exponent = -exponent;
            }
        }
        if (p != m) {
            throw invalid();
        }
        BigInteger mantissa = new BigInteger(digits.toString(), 16);
        long binaryExponent = Math.max(-EXPONENT_CLAMP, exponent - 4L * fractionDigits);
        double magnitude = roundToDouble(mantissa, binaryExponent);
        if (Double.isInfinite(magnitude)) {
            throw PyErrors.overflowError("hexadecimal value too large to represent as a float");
        }
        return negative ? -magnitude : magnitude;
    }

    /**
     * {@code mantissa * 2**exponent} (mantissa >= 0) rounded half to even to a double,
     * keeping subnormal precision; infinity when the rounded value is too large.
     */
    static double roundToDouble(BigInteger mantissa, long exponent) {
        if (mantissa.signum() == 0) {
            return 0.0;
        }
        int length = mantissa.bitLength();
        long top = length - 1 + exponent;
        if (top > 1024) {
            return Double.POSITIVE_INFINITY;
        }
        long lsb = Math.max(top - MANTISSA_BITS, MIN_EXPONENT - MANTISSA_BITS);
        long shift = lsb - exponent;
        BigInteger q;
        if (shift <= 0) {
            q = mantissa.shiftLeft((int) -shift);
        } else if (shift > length) {
            return 0.0;
        } else {
            q = mantissa.shiftRight((int) shift);
            BigInteger rem = mantissa.subtract(q.shiftLeft((int) shift));
            int cmp = rem.compareTo(BigInteger.ONE.shiftLeft((int) shift - 1));
            if (cmp > 0 || cmp == 0 && q.testBit(0)) {
                q = q.add(BigInteger.ONE);
            }
        }
        if (q.bitLength() - 1 + lsb > 1023) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.scalb((double) q.longValueExact(), (int) lsb);
    }

    private static PyException invalid() {
        return PyErrors.valueError("invalid hexadecimal floating-point string");
    }

    /** CPython's Py_ISSPACE: ASCII whitespace only. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c;
    }

    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return -1;
    }
}
