package dev.terrarium.runtime.text;

import java.math.BigInteger;

/**
 * {@code int(str, base)} and {@code float(str)} text parsing exactly as CPython 3.11 accepts it.
 *
 * <p>CPython counterparts: {@code PyLong_FromUnicodeObject} / {@code PyLong_FromString}
 * (Objects/longobject.c) and {@code PyFloat_FromString} / {@code float_from_string_inner}
 * (Objects/floatobject.c) with {@code _Py_string_to_number_with_underscores} and
 * {@code PyOS_string_to_double} (Python/pystrtod.c). Both first map the text through
 * {@code _PyUnicode_TransformDecimalAndSpaceToASCII}: every non-ASCII whitespace character
 * becomes a space, every non-ASCII decimal digit (category Nd) its ASCII digit, anything else
 * non-ASCII (and U+007F) an invalid character. After that only ASCII whitespace
 * (space, \t \n \v \f \r) may surround the number: U+001C..U+001F are not accepted there.
 * The {@code byte[]} forms ({@code int(b'..')}, {@code float(b'..')}) skip that mapping: there
 * every byte >= 0x7F is invalid.
 *
 * <p>Results: a value, or {@code null} when CPython would raise
 * {@code ValueError("invalid literal for int() with base N: ...")} /
 * {@code ValueError("could not convert string to float: ...")}; composing those messages
 * (with {@code repr} of the text) is the caller's job.
 */
public final class NumberParser {

    /** CPython's message when the base is neither 0 nor in 2..36. */
    public static final String BAD_BASE_MESSAGE = "int() base must be >= 2 and <= 36, or 0";

    private static final byte INVALID = '?';
    private static final int NOT_A_DIGIT = 37;
    private static final double NEGATIVE_NAN = Double.longBitsToDouble(0xFFF8_0000_0000_0000L);

    private NumberParser() {
    }

    /**
     * {@code int(s, base)} without the digit limit (as with
     * {@code sys.set_int_max_str_digits(0)}).
     *
     * @return the value, or null if CPython rejects the text
     * @throws IllegalArgumentException if base is not 0 or 2..36 ({@link #BAD_BASE_MESSAGE})
     */
    public static BigInteger parseInt(CharSequence s, int base) {
        return parseInt(s, base, 0);
    }

    /**
     * {@code int(s, base)} under {@code sys.get_int_max_str_digits() == maxStrDigits}
     * (0: no limit; CPython's default is {@link IntDigitLimit#DEFAULT_MAX_STR_DIGITS}).
     *
     * @return the value, or null if CPython rejects the text
     * @throws IntDigitLimitExceededException if CPython would raise the digit-limit ValueError
     * @throws IllegalArgumentException if base is not 0 or 2..36 ({@link #BAD_BASE_MESSAGE})
     */
    public static BigInteger parseInt(CharSequence s, int base, int maxStrDigits) {
        Number n = parseIntCompact(s, base, maxStrDigits);
        if (n == null) {
            return null;
        }
        return n instanceof Long ? BigInteger.valueOf(n.longValue()) : (BigInteger) n;
    }

    /**
     * Like {@link #parseInt(CharSequence, int, int)} but returns a {@link Long} whenever the
     * value fits in 64 bits (no BigInteger is built then), else a {@link BigInteger}.
     */
    public static Number parseIntCompact(CharSequence s, int base, int maxStrDigits) {
        checkBase(base);
        return parseAsciiInt(toAscii(s), base, maxStrDigits);
    }

    /**
     * {@code int(b, base)} for a bytes-like {@code b}: like the text form, but with no
     * Unicode mapping (a byte >= 0x80 is simply invalid). Returns Long or BigInteger.
     */
    public static Number parseIntCompact(byte[] b, int base, int maxStrDigits) {
        checkBase(base);
        return parseAsciiInt(bytesToAscii(b), base, maxStrDigits);
    }

    private static void checkBase(int base) {
        if (base != 0 && (base < 2 || base > 36)) {
            throw new IllegalArgumentException(BAD_BASE_MESSAGE);
        }
    }

    private static Number parseAsciiInt(byte[] a, int base, int maxStrDigits) {
        int n = a.length;
        int i = skipSpaces(a, 0);
        boolean negative = false;
        if (at(a, i) == '+' || at(a, i) == '-') {
            negative = at(a, i) == '-';
            i++;
        }
        boolean errorIfNonzero = false;
        if (base == 0) {
            if (at(a, i) != '0') {
                base = 10;
            } else {
                int p = at(a, i + 1) | 0x20;
                if (p == 'x') {
                    base = 16;
                } else if (p == 'o') {
                    base = 8;
                } else if (p == 'b') {
                    base = 2;
                } else {
                    // An old C-style octal literal such as 010 is invalid; zero is fine.
                    errorIfNonzero = true;
                    base = 10;
                }
            }
        }
        if (at(a, i) == '0') {
            int p = at(a, i + 1) | 0x20;
            if ((base == 16 && p == 'x') || (base == 8 && p == 'o') || (base == 2 && p == 'b')) {
                i += 2;
                if (at(a, i) == '_') {
                    i++; // one underscore may follow the prefix
                }
            }
        }
        if (at(a, i) == '_') {
            return null;
        }
        int start = i;
        int digits = 0;
        int prev = 0;
        while (i < n && (digitValue(a[i]) < base || a[i] == '_')) {
            if (a[i] == '_') {
                if (prev == '_') {
                    return null;
                }
            } else {
                digits++;
            }
            prev = a[i];
            i++;
        }
        if (prev == '_' || digits == 0) {
            return null;
        }
        if (maxStrDigits > 0 && digits > maxStrDigits && IntDigitLimit.appliesToBase(base)) {
            throw new IntDigitLimitExceededException(maxStrDigits, digits);
        }
        int end = i;
        if (skipSpaces(a, end) != n) {
            return null;
        }
        Number value = digitsValue(a, start, end, digits, base, negative);
        if (errorIfNonzero && (!(value instanceof Long) || value.longValue() != 0)) {
            // digitsValue returns a BigInteger only for values that need more than 64 bits.
            return null;
        }
        return value;
    }

    /**
     * {@code float(s)}: the value, or null if CPython rejects the text. Overflowing values
     * give infinities and underflowing ones zero, as in CPython; no hex, no Java suffixes.
     */
    public static Double parseFloat(CharSequence s) {
        return parseAsciiFloat(toAscii(s));
    }

    /** {@code float(b)} for a bytes-like {@code b}: no Unicode mapping, bytes >= 0x80 invalid. */
    public static Double parseFloat(byte[] b) {
        return parseAsciiFloat(bytesToAscii(b));
    }

    private static Double parseAsciiFloat(byte[] a) {
        int n = a.length;
        if (!underscoresBetweenDigits(a)) {
            return null;
        }
        StringBuilder clean = new StringBuilder(n);
        int i = skipSpaces(a, 0);
        int end = n;
        while (end > i && isAsciiSpace(a[end - 1])) {
            end--;
        }
        if (i < end && (a[i] == '+' || a[i] == '-')) {
            clean.append((char) a[i]);
            i++;
        }
        Double special = infOrNan(a, i, end, clean.length() > 0 && clean.charAt(0) == '-');
        if (special != null) {
            return special;
        }
        int intStart = clean.length();
        i = copyDigits(a, i, end, clean);
        int mantissaDigits = clean.length() - intStart;
        if (i < end && a[i] == '.') {
            clean.append('.');
            int fracStart = clean.length();
            i = copyDigits(a, i + 1, end, clean);
            mantissaDigits += clean.length() - fracStart;
        }
        if (mantissaDigits == 0) {
            return null;
        }
        if (i < end && (a[i] | 0x20) == 'e') {
            int j = i + 1;
            StringBuilder exp = new StringBuilder("e");
            if (j < end && (a[j] == '+' || a[j] == '-')) {
                exp.append((char) a[j]);
                j++;
            }
            int k = copyDigits(a, j, end, exp);
            if (k > j) {
                clean.append(exp);
                i = k;
            }
        }
        if (i != end) {
            return null;
        }
        return Double.parseDouble(clean.toString());
    }

    // ---- shared lexical helpers ----

    /** {@code _PyUnicode_TransformDecimalAndSpaceToASCII}, one byte per code point. */
    static byte[] toAscii(CharSequence s) {
        int n = s.length();
        byte[] out = new byte[n];
        int k = 0;
        for (int i = 0; i < n; ) {
            char c = s.charAt(i);
            if (c < 127) {
                out[k++] = (byte) c;
                i++;
                continue;
            }
            int cp = Character.codePointAt(s, i);
            i += Character.charCount(cp);
            if (UnicodeProps.isSpace(cp)) {
                out[k++] = ' ';
            } else {
                int d = UnicodeProps.decimalValue(cp);
                out[k++] = d >= 0 ? (byte) ('0' + d) : INVALID;
            }
        }
        if (k == n) {
            return out;
        }
        byte[] trimmed = new byte[k];
        System.arraycopy(out, 0, trimmed, 0, k);
        return trimmed;
    }

    /** A copy of the bytes with every byte >= 0x7F made invalid. */
    private static byte[] bytesToAscii(byte[] b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = b[i] >= 0 && b[i] < 127 ? b[i] : INVALID;
        }
        return out;
    }

    /** Byte at i, or 0 past the end (CPython reads the terminating NUL). */
    private static int at(byte[] a, int i) {
        return i < a.length ? a[i] : 0;
    }

    /** CPython's {@code Py_ISSPACE}: ASCII whitespace only. */
    private static boolean isAsciiSpace(int c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    private static int skipSpaces(byte[] a, int i) {
        while (i < a.length && isAsciiSpace(a[i])) {
            i++;
        }
        return i;
    }

    /** {@code _PyLong_DigitValue}: 0-9, then a/A = 10 .. z/Z = 35, else 37. */
    private static int digitValue(byte c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        int lower = c | 0x20;
        if (lower >= 'a' && lower <= 'z') {
            return lower - 'a' + 10;
        }
        return NOT_A_DIGIT;
    }

    /** The value of the validated digits in a[start, end), underscores skipped. */
    private static Number digitsValue(byte[] a, int start, int end, int digits, int base,
            boolean negative) {
        long acc = 0;
        int i = start;
        for (; i < end; i++) {
            if (a[i] == '_') {
                continue;
            }
            int d = digitValue(a[i]);
            if (acc > (Long.MAX_VALUE - d) / base) {
                break;
            }
            acc = acc * base + d;
        }
        if (i == end) {
            return negative ? -acc : acc;
        }
        BigInteger big = (base & (base - 1)) == 0
                ? packBits(a, start, end, digits, Integer.numberOfTrailingZeros(base))
                : new BigInteger(digitString(a, start, end, digits), base);
        if (negative) {
            big = big.negate();
        }
        return big.bitLength() < 64 ? (Number) big.longValue() : big;
    }

    private static String digitString(byte[] a, int start, int end, int digits) {
        char[] chars = new char[digits];
        int k = 0;
        for (int i = start; i < end; i++) {
            if (a[i] != '_') {
                chars[k++] = (char) a[i];
            }
        }
        return new String(chars);
    }

    /** Linear-time conversion for power-of-two bases (BigInteger(String) is quadratic). */
    private static BigInteger packBits(byte[] a, int start, int end, int digits, int bitsPer) {
        long totalBits = (long) digits * bitsPer;
        byte[] magnitude = new byte[(int) ((totalBits + 7) / 8)];
        long pos = 0; // bit position of the current digit, from the least significant end
        for (int i = end - 1; i >= start; i--) {
            if (a[i] == '_') {
                continue;
            }
            int d = digitValue(a[i]);
            for (int b = 0; b < bitsPer; b++, pos++) {
                if ((d >>> b & 1) != 0) {
                    magnitude[magnitude.length - 1 - (int) (pos >>> 3)] |= (byte) (1 << (pos & 7));
                }
            }
        }
        return new BigInteger(1, magnitude);
    }

    /** {@code _Py_string_to_number_with_underscores}: each '_' between two ASCII digits. */
    private static boolean underscoresBetweenDigits(byte[] a) {
        int prev = 0;
        for (byte c : a) {
            if (c == '_') {
                if (!(prev >= '0' && prev <= '9')) {
                    return false;
                }
            } else if (prev == '_' && !(c >= '0' && c <= '9')) {
                return false;
            }
            prev = c;
        }
        return prev != '_';
    }

    /** Copies the run of digits (skipping the already validated underscores) at i. */
    private static int copyDigits(byte[] a, int i, int end, StringBuilder out) {
        while (i < end && ((a[i] >= '0' && a[i] <= '9') || a[i] == '_')) {
            if (a[i] != '_') {
                out.append((char) a[i]);
            }
            i++;
        }
        return i;
    }

    /** {@code _Py_parse_inf_or_nan}: "inf", "infinity" or "nan", any case, filling [i, end). */
    private static Double infOrNan(byte[] a, int i, int end, boolean negative) {
        int len = end - i;
        if (len == 3 && matchesIgnoreCase(a, i, "nan")) {
            // CPython keeps the sign: math.copysign(1, float('-nan')) == -1.0.
            return negative ? NEGATIVE_NAN : Double.NaN;
        }
        if ((len == 3 && matchesIgnoreCase(a, i, "inf"))
                || (len == 8 && matchesIgnoreCase(a, i, "infinity"))) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return null;
    }

    private static boolean matchesIgnoreCase(byte[] a, int i, String word) {
        for (int k = 0; k < word.length(); k++) {
            if ((a[i + k] | 0x20) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
