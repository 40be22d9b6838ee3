package dev.terrarium.runtime;

import dev.terrarium.runtime.text.IntDigitLimit;
import java.math.BigInteger;

/**
 * The run's setting of CPython 3.11's limit on int/str conversions (CVE-2020-10735):
 * {@code sys.set_int_max_str_digits}, default 4300. The rule itself is {@link IntDigitLimit}.
 */
public final class IntLimits {
    private IntLimits() {}

    private static int maxStrDigits = IntDigitLimit.DEFAULT_MAX_STR_DIGITS;

    public static int maxStrDigits() {
        return maxStrDigits;
    }

    public static void setMaxStrDigits(int n) {
        maxStrDigits = n;
    }

    /** Before converting {@code v} to decimal text. */
    static void checkToStr(BigInteger v) {
        if (IntDigitLimit.toStrExceeds(v, maxStrDigits)) {
            throw PyErrors.valueError("%s", IntDigitLimit.toStrMessage(maxStrDigits));
        }
    }
}
