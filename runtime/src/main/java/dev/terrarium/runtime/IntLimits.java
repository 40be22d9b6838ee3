package dev.terrarium.runtime;

import java.math.BigInteger;

/**
 * CPython 3.11's limit on int/str conversions (CVE-2020-10735): at most 4300 decimal digits,
 * adjustable by {@code sys.set_int_max_str_digits}.
 */
public final class IntLimits {
    private IntLimits() {}

    public static final int DEFAULT_MAX_STR_DIGITS = 4300;
    private static int maxStrDigits = DEFAULT_MAX_STR_DIGITS;

    public static int maxStrDigits() {
        return maxStrDigits;
    }

    public static void setMaxStrDigits(int n) {
        maxStrDigits = n;
    }

    /** Before converting {@code v} to decimal text. */
    static void checkToStr(BigInteger v) {
        if (maxStrDigits == 0) {
            return;
        }
        // bitLength * log10(2) underestimates the digit count by at most one; only then count exactly.
        long approx = (long) (v.abs().bitLength() * 0.30102999566398120);
        if (approx + 1 > maxStrDigits && (approx > maxStrDigits || v.abs().toString().length() > maxStrDigits)) {
            throw PyErrors.valueError(
                    "Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
                    maxStrDigits);
        }
    }

    /** Before parsing decimal text of {@code digits} digits. */
    static void checkFromStr(int digits) {
        if (maxStrDigits != 0 && digits > maxStrDigits) {
            throw PyErrors.valueError(
                    "Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit",
                    maxStrDigits, digits);
        }
    }
}
