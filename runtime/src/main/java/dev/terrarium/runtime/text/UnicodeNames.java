package dev.terrarium.runtime.text;

import java.util.Locale;

/**
 * Code point by Unicode character name, as {@code \N{...}} escapes and
 * {@code unicodedata.lookup} resolve it: case-insensitive, with the names Unicode derives by
 * rule (CJK and other ideographs named by their hex value, Hangul syllables composed from
 * their jamo) as well as the names the JDK's character database lists.
 */
public final class UnicodeNames {
    private UnicodeNames() {}

    /** Names of the form {@code PREFIX-XXXX}, and the Unicode blocks where each may name a character. */
    private static final String[][] HEX_NAMED = {
        {"CJK UNIFIED IDEOGRAPH-", "CJK_UNIFIED_IDEOGRAPHS"},
        {"CJK COMPATIBILITY IDEOGRAPH-", "CJK_COMPATIBILITY_IDEOGRAPHS"},
        {"TANGUT IDEOGRAPH-", "TANGUT"},
        {"KHITAN SMALL SCRIPT CHARACTER-", "KHITAN_SMALL_SCRIPT"},
        {"NUSHU CHARACTER-", "NUSHU"},
    };

    private static final String[] JAMO_L = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J",
        "JJ", "C", "K", "T", "P", "H"};
    private static final String[] JAMO_V = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE",
        "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
    private static final String[] JAMO_T = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB",
        "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};

    /** The code point named {@code name}, or -1 if no character has that name. */
    public static int lookup(String name) {
        if (name.isEmpty() || name.strip().length() != name.length()) {
            return -1;
        }
        String upper = name.toUpperCase(Locale.ROOT);
        for (String[] form : HEX_NAMED) {
            if (upper.startsWith(form[0])) {
                return hexNamed(upper.substring(form[0].length()), form[1]);
            }
        }
        if (upper.startsWith("HANGUL SYLLABLE ")) {
            return hangul(upper.substring("HANGUL SYLLABLE ".length()));
        }
        try {
            int cp = Character.codePointOf(upper);
            // The JDK also accepts its own "BLOCK NAME XXXX" labels for unnamed code points;
            // those are not Unicode names.
            return Character.getName(cp) != null && Character.getName(cp).equals(upper) && !isLabel(cp) ? cp : -1;
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    /**
     * The Unicode name of {@code cp} (as {@code unicodedata.name} gives it, and the
     * namereplace error handler writes it), or null when the code point has none.
     */
    public static String name(int cp) {
        if (cp >= 0xAC00 && cp <= 0xD7A3) {
            int s = cp - 0xAC00;
            int perL = JAMO_V.length * JAMO_T.length;
            return "HANGUL SYLLABLE " + JAMO_L[s / perL] + JAMO_V[s % perL / JAMO_T.length] + JAMO_T[s % JAMO_T.length];
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        for (String[] form : HEX_NAMED) {
            if (block != null && block.toString().startsWith(form[1])) {
                return UnicodeProps.isPrintable(cp) ? form[0] + Integer.toHexString(cp).toUpperCase(Locale.ROOT) : null;
            }
        }
        if (!Character.isValidCodePoint(cp) || Character.getType(cp) == Character.CONTROL) {
            return null; // control characters have only Unicode 1.0 names, which unicodedata does not give
        }
        String jdk = Character.getName(cp);
        return jdk == null || isLabel(cp) ? null : jdk;
    }

    /** True for the JDK's "BLOCK NAME XXXX" labels of characters that have no name of their own. */
    private static boolean isLabel(int cp) {
        String label = Character.UnicodeBlock.of(cp) + " " + Integer.toHexString(cp).toUpperCase(Locale.ROOT);
        return Character.getName(cp).replace(' ', '_').equals(label.replace(' ', '_'));
    }

    private static int hexNamed(String hex, String block) {
        if (hex.length() < 4 || hex.length() > 5 || !hex.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'A' && c <= 'F')) {
            return -1;
        }
        int cp = Integer.parseInt(hex, 16);
        Character.UnicodeBlock b = Character.UnicodeBlock.of(cp);
        if (b == null || !b.toString().startsWith(block) || !UnicodeProps.isPrintable(cp)) {
            return -1;
        }
        return cp;
    }

    private static int hangul(String syllable) {
        for (int l = 0; l < JAMO_L.length; l++) {
            if (!syllable.startsWith(JAMO_L[l])) {
                continue;
            }
            for (int v = 0; v < JAMO_V.length; v++) {
                if (!syllable.startsWith(JAMO_V[v], JAMO_L[l].length())) {
                    continue;
                }
                int rest = JAMO_L[l].length() + JAMO_V[v].length();
                for (int t = 0; t < JAMO_T.length; t++) {
                    if (syllable.length() == rest + JAMO_T[t].length() && syllable.startsWith(JAMO_T[t], rest)) {
                        return 0xAC00 + (l * JAMO_V.length + v) * JAMO_T.length + t;
                    }
                }
            }
        }
        return -1;
    }
}
