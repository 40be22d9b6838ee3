package dev.terrarium.runtime.text;

/**
 * The few Unicode character properties the text conversions need, with CPython 3.11's answers.
 *
 * <p>CPython counterpart: Objects/unicodectype.c ({@code _PyUnicode_IsWhitespace},
 * {@code _PyUnicode_ToDecimalDigit}, {@code _PyUnicode_IsPrintable}), generated from the
 * Unicode 14.0 database. Java 17 ships Unicode 13.0, so the characters Unicode 14 added are
 * patched in here: all of them are printable in CPython 3.11, and U+16AC0..U+16AC9 (Tangsa
 * digits) are decimal digits. The tables were derived by comparing every code point's
 * answers under python3.11 and Java 17; the tests re-check them against python3.
 */
final class UnicodeProps {

    private UnicodeProps() {
    }

    /** Code point ranges (inclusive pairs) assigned in Unicode 14.0 but not in 13.0. */
    private static final int[] UNICODE_14_ADDITIONS = {
            0x61D, 0x61D, 0x870, 0x88E, 0x898, 0x89F, 0x8B5, 0x8B5, 0x8C8, 0x8D2, 0xC3C, 0xC3C, 0xC5D, 0xC5D,
            0xCDD, 0xCDD, 0x170D, 0x170D, 0x1715, 0x1715, 0x171F, 0x171F, 0x180F, 0x180F, 0x1AC1, 0x1ACE,
            0x1B4C, 0x1B4C, 0x1B7D, 0x1B7E, 0x1DFA, 0x1DFA, 0x20C0, 0x20C0, 0x2C2F, 0x2C2F, 0x2C5F, 0x2C5F,
            0x2E53, 0x2E5D, 0x9FFD, 0x9FFF, 0xA7C0, 0xA7C1, 0xA7D0, 0xA7D1, 0xA7D3, 0xA7D3, 0xA7D5, 0xA7D9,
            0xA7F2, 0xA7F4, 0xFBC2, 0xFBC2, 0xFD40, 0xFD4F, 0xFDCF, 0xFDCF, 0xFDFE, 0xFDFF, 0x10570, 0x1057A,
            0x1057C, 0x1058A, 0x1058C, 0x10592, 0x10594, 0x10595, 0x10597, 0x105A1, 0x105A3, 0x105B1, 0x105B3,
            0x105B9, 0x105BB, 0x105BC, 0x10780, 0x10785, 0x10787, 0x107B0, 0x107B2, 0x107BA, 0x10F70, 0x10F89,
            0x11070, 0x11075, 0x110C2, 0x110C2, 0x116B9, 0x116B9, 0x11740, 0x11746, 0x11AB0, 0x11ABF, 0x12F90,
            0x12FF2, 0x16A70, 0x16ABE, 0x16AC0, 0x16AC9, 0x1AFF0, 0x1AFF3, 0x1AFF5, 0x1AFFB, 0x1AFFD, 0x1AFFE,
            0x1B11F, 0x1B122, 0x1CF00, 0x1CF2D, 0x1CF30, 0x1CF46, 0x1CF50, 0x1CFC3, 0x1D1E9, 0x1D1EA, 0x1DF00,
            0x1DF1E, 0x1E290, 0x1E2AE, 0x1E7E0, 0x1E7E6, 0x1E7E8, 0x1E7EB, 0x1E7ED, 0x1E7EE, 0x1E7F0, 0x1E7FE,
            0x1F6DD, 0x1F6DF, 0x1F7F0, 0x1F7F0, 0x1F979, 0x1F979, 0x1F9CC, 0x1F9CC, 0x1FA7B, 0x1FA7C, 0x1FAA9,
            0x1FAAC, 0x1FAB7, 0x1FABA, 0x1FAC3, 0x1FAC5, 0x1FAD7, 0x1FAD9, 0x1FAE0, 0x1FAE7, 0x1FAF0, 0x1FAF6,
            0x2A6DE, 0x2A6DF, 0x2B735, 0x2B738,
    };

    private static final int TANGSA_DIGIT_ZERO = 0x16AC0;

    /**
     * Python's {@code str.isspace()} for one code point: bidirectional class WS, B or S, or
     * category Zs. Unlike {@link Character#isWhitespace} this includes the no-break spaces
     * U+00A0, U+2007, U+202F and U+0085.
     */
    static boolean isSpace(int cp) {
        if (cp < 128) {
            return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1F);
        }
        switch (cp) {
            case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029: case 0x202F:
            case 0x205F: case 0x3000:
                return true;
            default:
                return cp >= 0x2000 && cp <= 0x200A;
        }
    }

    /** Python's {@code unicodedata.decimal(chr(cp), -1)}: the value of a category Nd digit. */
    static int decimalValue(int cp) {
        if (cp >= '0' && cp <= '9') {
            return cp - '0';
        }
        if (cp < 128) {
            return -1;
        }
        if (cp >= TANGSA_DIGIT_ZERO && cp <= TANGSA_DIGIT_ZERO + 9) {
            return cp - TANGSA_DIGIT_ZERO;
        }
        if (Character.getType(cp) != Character.DECIMAL_DIGIT_NUMBER) {
            return -1;
        }
        return Character.digit(cp, 10);
    }

    /**
     * CPython's {@code Py_UNICODE_ISPRINTABLE}: false for categories Cc, Cf, Cs, Co, Cn, Zl,
     * Zp and Zs other than the ASCII space, true for everything else.
     */
    static boolean isPrintable(int cp) {
        if (cp < 128) {
            return cp >= 0x20 && cp < 0x7F;
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.SPACE_SEPARATOR:
                return false;
            case Character.UNASSIGNED:
                return isUnicode14Addition(cp);
            default:
                return true;
        }
    }

    private static boolean isUnicode14Addition(int cp) {
        int[] r = UNICODE_14_ADDITIONS;
        int lo = 0;
        int hi = r.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (cp < r[2 * mid]) {
                hi = mid - 1;
            } else if (cp > r[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }
}
