package dev.terrarium.runtime;

import dev.terrarium.runtime.text.UnicodeProps;

/**
 * Case mapping and case predicates of {@code str}: upper, lower, casefold, capitalize,
 * title, swapcase, islower, isupper, istitle, with CPython's full (SpecialCasing) mappings
 * and its final-sigma rule in lower, capitalize, title and swapcase (compare
 * {@code do_upper}, {@code do_lower}, {@code do_title}, {@code handle_capital_sigma} in
 * Objects/unicodeobject.c).
 */
final class StrCase {
    private StrCase() {}

    private static final int CAPITAL_SIGMA = 0x3A3;

    private static boolean isAscii(String v) {
        for (int i = 0; i < v.length(); i++) {
            if (v.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    static String upper(String v) {
        if (isAscii(v)) {
            return v.toUpperCase(java.util.Locale.ROOT);
        }
        StringBuilder b = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); ) {
            int cp = v.codePointAt(i);
            b.append(UnicodeProps.upper(cp));
            i += Character.charCount(cp);
        }
        return b.toString();
    }

    static String lower(String v) {
        if (isAscii(v)) {
            return v.toLowerCase(java.util.Locale.ROOT);
        }
        StringBuilder b = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); ) {
            int cp = v.codePointAt(i);
            appendLower(b, v, i, cp);
            i += Character.charCount(cp);
        }
        return b.toString();
    }

    /** Appends the lowercase of the code point {@code cp} at {@code i}, applying final sigma. */
    private static void appendLower(StringBuilder b, String v, int i, int cp) {
        if (cp == CAPITAL_SIGMA) {
            b.append(isFinalSigma(v, i) ? '\u03C2' : '\u03C3');
        } else {
            b.append(UnicodeProps.lower(cp));
        }
    }

    /** Compare CPython {@code handle_capital_sigma}. */
    private static boolean isFinalSigma(String v, int at) {
        boolean casedBefore = false;
        for (int j = at; j > 0; ) {
            int c = v.codePointBefore(j);
            j -= Character.charCount(c);
            if (!UnicodeProps.isCaseIgnorable(c)) {
                casedBefore = UnicodeProps.isCased(c);
                break;
            }
        }
        if (!casedBefore) {
            return false;
        }
        for (int j = at + 1; j < v.length(); ) {
            int c = v.codePointAt(j);
            j += Character.charCount(c);
            if (!UnicodeProps.isCaseIgnorable(c)) {
                return !UnicodeProps.isCased(c);
            }
        }
        return true;
    }

    static String casefold(String v) {
        if (isAscii(v)) {
            return v.toLowerCase(java.util.Locale.ROOT);
        }
        StringBuilder b = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); ) {
            int cp = v.codePointAt(i);
            b.append(UnicodeProps.casefold(cp));
            i += Character.charCount(cp);
        }
        return b.toString();
    }

    static String capitalize(String v) {
        StringBuilder b = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); ) {
            int cp = v.codePointAt(i);
            if (i == 0) {
                b.append(UnicodeProps.title(cp));
            } else {
                appendLower(b, v, i, cp);
            }
            i += Character.charCount(cp);
        }
        return b.toString();
    }

    static String title(String v) {
        StringBuilder b = new StringBuilder(v.length());
        boolean previousCased = false;
        for (int i = 0; i < v.length(); ) {
            int cp = v.codePointAt(i);
            if (previousCased) {
                appendLower(b, v, i, cp);
            } else {
                b.append(UnicodeProps.title(cp));
            }
            previousCased = UnicodeProps.isCased(cp);
            i += Character.charCount(cp);
        }
        return b.toString();
    }

    static String swapcase(String v) {
        StringBuilder b = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); ) {
            int cp = v.codePointAt(i);
            if (UnicodeProps.isUpper(cp)) {
                appendLower(b, v, i, cp);
            } else if (UnicodeProps.isLower(cp)) {
                b.append(UnicodeProps.upper(cp));
            } else {
                b.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return b.toString();
    }

    static boolean islower(String v) {
        boolean cased = false;
        for (int i = 0; i < v.length(); ) {
            int cp = v.codePointAt(i);
            if (UnicodeProps.isUpper(cp) || UnicodeProps.isTitle(cp)) {
                return false;
            }
            cased |= UnicodeProps.isLower(cp);
            i += Character.charCount(cp);
        }
        return cased;
    }

    static boolean isupper(String v) {
        boolean cased = false;
        for (int i = 0; i < v.length(); ) {
            int cp = v.codePointAt(i);
            if (UnicodeProps.isLower(cp) || UnicodeProps.isTitle(cp)) {
                return false;
            }
            cased |= UnicodeProps.isUpper(cp);
            i += Character.charCount(cp);
        }
        return cased;
    }

    static boolean istitle(String v) {
        boolean cased = false;
        boolean previousCased = false;
        for (int i = 0; i < v.length(); ) {
            int cp = v.codePointAt(i);
            if (UnicodeProps.isUpper(cp) || UnicodeProps.isTitle(cp)) {
                if (previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else if (UnicodeProps.isLower(cp)) {
                if (!previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else {
                previousCased = false;
            }
            i += Character.charCount(cp);
        }
        return cased;
    }
}
