package dev.terrarium.runtime.text;

/**
 * Thrown by {@link NumberParser#parseInt(CharSequence, int, int)} when the text has more
 * digits than {@code sys.get_int_max_str_digits()} allows. Its message is CPython's exact
 * {@code ValueError} text ({@link IntDigitLimit#parseMessage}); the caller raises
 * {@code ValueError(getMessage())}.
 */
public final class IntDigitLimitExceededException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long digits;

    IntDigitLimitExceededException(int maxStrDigits, long digits) {
        super(IntDigitLimit.parseMessage(maxStrDigits, digits), null, false, false);
        this.digits = digits;
    }

    /** How many digits the rejected text had. */
    public long digits() {
        return digits;
    }
}
