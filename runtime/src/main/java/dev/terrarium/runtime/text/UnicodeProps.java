package dev.terrarium.runtime.text;

/**
 * The few Unicode character properties the text conversions need, with CPython 3.11's answers.
 *
 * <p>CPython counterpart: Objects/unicodectype.c ({@code _PyUnicode_IsWhitespace},
 * {@code _PyUnicode_ToDecimalDigit}, {@code _PyUnicode_IsPrintable}), generated from the
 * Unicode 14.0 database. Java 17 ships Unicode 13.0, so the characters Unicode 14 added are
 * patched in here: all of them are printable in CPython 3.11, and U+16AC0..U+16AC9 (Tangsa
 * digits) are decimal digits. The tables were derived by comparing every code point's
 * answers under python3.11 and Java 17; the tests re-check them against python3. The
 * properties and case mappings of {@code str}'s methods start from Java's answer and apply
 * the corrections in {@link UnicodeTables}.
 */
public final class UnicodeProps {

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
    public static boolean isSpace(int cp) {
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
    public static int decimalValue(int cp) {
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
    public static boolean isPrintable(int cp) {
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

    // ---- str.isX properties (CPython's Objects/unicodectype.c flags) -------------------

    private static boolean toggled(int[] ranges, int cp) {
        int lo = 0;
        int hi = ranges.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (cp < ranges[2 * mid]) {
                hi = mid - 1;
            } else if (cp > ranges[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /** {@code str.isalpha} for one code point. */
    public static boolean isAlpha(int cp) {
        if (cp < 128) {
            return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
        }
        return Character.isLetter(cp) != toggled(UnicodeTables.ALPHA_TOGGLES, cp);
    }

    /** {@code str.isdecimal} for one code point (category Nd). */
    public static boolean isDecimal(int cp) {
        return decimalValue(cp) >= 0;
    }

    /** {@code str.isdigit} for one code point (Numeric_Type Decimal or Digit). */
    public static boolean isDigit(int cp) {
        boolean candidate = Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER;
        return candidate != toggled(UnicodeTables.DIGIT_TOGGLES, cp);
    }

    /** {@code str.isnumeric} for one code point (any Numeric_Type). */
    public static boolean isNumeric(int cp) {
        int t = Character.getType(cp);
        boolean candidate = t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER
                || t == Character.OTHER_NUMBER;
        return candidate != toggled(UnicodeTables.NUMERIC_TOGGLES, cp);
    }

    /** CPython's {@code _PyUnicode_IsLowercase} (derived property Lowercase). */
    public static boolean isLower(int cp) {
        if (cp < 128) {
            return cp >= 'a' && cp <= 'z';
        }
        return Character.isLowerCase(cp) != toggled(UnicodeTables.LOWER_TOGGLES, cp);
    }

    /** CPython's {@code _PyUnicode_IsUppercase} (derived property Uppercase). */
    public static boolean isUpper(int cp) {
        if (cp < 128) {
            return cp >= 'A' && cp <= 'Z';
        }
        return Character.isUpperCase(cp) != toggled(UnicodeTables.UPPER_TOGGLES, cp);
    }

    /** CPython's {@code _PyUnicode_IsTitlecase} (category Lt). */
    public static boolean isTitle(int cp) {
        return cp >= 128 && Character.isTitleCase(cp);
    }

    /** CPython's {@code _PyUnicode_IsCased}: Lowercase, Uppercase or Lt. */
    public static boolean isCased(int cp) {
        return isLower(cp) || isUpper(cp) || isTitle(cp);
    }

    /** CPython's {@code _PyUnicode_IsCaseIgnorable} (Case_Ignorable, the final-sigma context). */
    public static boolean isCaseIgnorable(int cp) {
        return caseIgnorableCandidate(cp) != toggled(UnicodeTables.CASE_IGNORABLE_TOGGLES, cp);
    }

    /** Java's approximation of Case_Ignorable: Mn Me Cf Lm Sk and the MidLetter/MidNumLet/Single_Quote characters. */
    private static boolean caseIgnorableCandidate(int cp) {
        switch (cp) {
            case '\'', '.', ':', '^', '`', 0xA8, 0xAD, 0xAF, 0xB4, 0xB7, 0xB8, 0x387, 0x5F4, 0x2018, 0x2019,
                    0x2024, 0x2027, 0xFE13, 0xFE52, 0xFE55, 0xFF07, 0xFF0E, 0xFF1A:
                return true;
            default:
                break;
        }
        switch (Character.getType(cp)) {
            case Character.NON_SPACING_MARK:
            case Character.ENCLOSING_MARK:
            case Character.FORMAT:
            case Character.MODIFIER_LETTER:
            case Character.MODIFIER_SYMBOL:
                return true;
            default:
                return false;
        }
    }

    /** XID_Start or '_': may begin an identifier. */
    public static boolean isIdStart(int cp) {
        if (cp < 128) {
            return cp == '_' || isAlpha(cp);
        }
        return Character.isUnicodeIdentifierStart(cp) != toggled(UnicodeTables.ID_START_TOGGLES, cp);
    }

    /** XID_Continue: may continue an identifier. */
    public static boolean isIdContinue(int cp) {
        if (cp < 128) {
            return cp == '_' || isAlpha(cp) || (cp >= '0' && cp <= '9');
        }
        boolean candidate = Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp);
        return candidate != toggled(UnicodeTables.ID_CONTINUE_TOGGLES, cp);
    }

    // ---- full case mappings (SpecialCasing included) -----------------------------------

    private static java.util.Map<Integer, String> parse(String table) {
        java.util.Map<Integer, String> m = new java.util.HashMap<>();
        for (String entry : table.split(";")) {
            if (entry.isEmpty()) {
                continue;
            }
            int colon = entry.indexOf(':');
            StringBuilder b = new StringBuilder();
            for (String h : entry.substring(colon + 1).split(",")) {
                b.appendCodePoint(Integer.parseInt(h, 16));
            }
            m.put(Integer.parseInt(entry.substring(0, colon), 16), b.toString());
        }
        return m;
    }

    private static final class Maps {
        static final java.util.Map<Integer, String> UPPER = parse(UnicodeTables.UPPER_MAP);
        static final java.util.Map<Integer, String> LOWER = parse(UnicodeTables.LOWER_MAP);
        static final java.util.Map<Integer, String> TITLE = parse(UnicodeTables.TITLE_MAP);
        static final java.util.Map<Integer, String> FOLD = parse(UnicodeTables.CASEFOLD_MAP);
    }

    private static String cpString(int cp) {
        return new String(Character.toChars(cp));
    }

    /** The full uppercase mapping of one code point ({@code 'ß' -> "SS"}). */
    public static String upper(int cp) {
        if (cp < 128) {
            return String.valueOf((char) (cp >= 'a' && cp <= 'z' ? cp - 32 : cp));
        }
        String e = Maps.UPPER.get(cp);
        return e != null ? e : cpString(cp).toUpperCase(java.util.Locale.ROOT);
    }

    /** The full lowercase mapping of one code point, without the final-sigma rule. */
    public static String lower(int cp) {
        if (cp < 128) {
            return String.valueOf((char) (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
        }
        String e = Maps.LOWER.get(cp);
        return e != null ? e : cpString(cp).toLowerCase(java.util.Locale.ROOT);
    }

    /** The full titlecase mapping of one code point ({@code 'ß' -> "Ss"}). */
    public static String title(int cp) {
        if (cp < 128) {
            return upper(cp);
        }
        String e = Maps.TITLE.get(cp);
        if (e != null) {
            return e;
        }
        String up = cpString(cp).toUpperCase(java.util.Locale.ROOT);
        int first = up.codePointAt(0);
        if (up.length() > Character.charCount(first)) {
            return cpString(first) + up.substring(Character.charCount(first)).toLowerCase(java.util.Locale.ROOT);
        }
        return cpString(Character.toTitleCase(cp));
    }

    /** The full case folding of one code point ({@code 'ß' -> "ss"}). */
    public static String casefold(int cp) {
        if (cp < 128) {
            return lower(cp);
        }
        String e = Maps.FOLD.get(cp);
        return e != null ? e : cpString(cp).toUpperCase(java.util.Locale.ROOT).toLowerCase(java.util.Locale.ROOT);
    }
}
