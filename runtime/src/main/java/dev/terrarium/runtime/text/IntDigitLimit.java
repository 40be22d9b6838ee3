package dev.terrarium.runtime.text;

import java.math.BigInteger;

/**
 * CPython 3.11's limit on decimal int/str conversions (CVE-2020-10735): {@code int(str)} in a
 * base that is not a power of two and {@code str(int)} refuse values with more than
 * {@code sys.get_int_max_str_digits()} digits (default 4300; 0 disables the limit).
 *
 * <p>CPython counterpart: {@code _PY_LONG_DEFAULT_MAX_STR_DIGITS},
 * {@code _PY_LONG_MAX_STR_DIGITS_THRESHOLD}, {@code _MAX_STR_DIGITS_ERROR_FMT_TO_INT} and
 * {@code _MAX_STR_DIGITS_ERROR_FMT_TO_STR} in Include/internal/pycore_long.h, checked in
 * {@code PyLong_FromString} and {@code long_to_decimal_string_internal} (Objects/longobject.c).
 * The caller raises {@code ValueError} with the message given here.
 */
public final class IntDigitLimit {

    /** {@code sys.int_info.default_max_str_digits}. */
    public static final int DEFAULT_MAX_STR_DIGITS = 4300;

    /**
     * {@code sys.int_info.str_digits_check_threshold}: the smallest non-zero value
     * {@code sys.set_int_max_str_digits} accepts.
     */
    public static final int CHECK_THRESHOLD = 640;

    /** log2(10), slightly rounded down / up to bound digit counts from bit lengths. */
    private static final double LOG2_10_LOW = 3.3219280948;
    private static final double LOG2_10_HIGH = 3.3219280949;

    private IntDigitLimit() {
    }

    /** The ValueError message of {@code int(str)} for a value of {@code digits} digits. */
    public static String parseMessage(int maxStrDigits, long digits) {
        return "Exceeds the limit (" + maxStrDigits + " digits) for integer string conversion: "
                + "value has " + digits + " digits; use sys.set_int_max_str_digits() to increase "
                + "the limit";
    }

    /** The ValueError message of {@code str(int)} (and {@code repr}, {@code %d}, ...). */
    public static String toStrMessage(int maxStrDigits) {
        return "Exceeds the limit (" + maxStrDigits + " digits) for integer string conversion; "
                + "use sys.set_int_max_str_digits() to increase the limit";
    }

    /**
     * Whether {@code str(value)} must fail under the given limit: the decimal digits of
     * |value|, not counting the sign, exceed {@code maxStrDigits} (0 means no limit).
     * Cheap for values far from the limit: it compares bit lengths first.
     */
    public static boolean toStrExceeds(BigInteger value, int maxStrDigits) {
        if (maxStrDigits <= 0) {
            return false;
        }
        int bits = value.bitLength();
        // |v| < 2^bits <= 10^max  =>  at most max digits.
        if (bits <= (long) Math.floor(maxStrDigits * LOG2_10_LOW)) {
            return false;
        }
        // |v| >= 2^(bits-1) >= 10^max  =>  more than max digits.
        if (bits - 1 >= (long) Math.ceil(maxStrDigits * LOG2_10_HIGH)) {
            return true;
        }
        return value.abs().compareTo(BigInteger.TEN.pow(maxStrDigits)) >= 0;
    }

    /** Whether {@code int(str, base)} checks the limit in this base: not a power of two. */
    public static boolean appliesToBase(int base) {
        return (base & (base - 1)) != 0;
    }
}
