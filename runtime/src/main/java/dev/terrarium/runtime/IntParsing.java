package dev.terrarium.runtime;

import java.math.BigInteger;

/** Text to int by CPython's rules for {@code int(str, base)}; null when the text is invalid. */
final class IntParsing {
    private IntParsing() {}

    static BigInteger parse(String text, int base) {
        String s = text.strip();
        int i = 0;
        int n = s.length();
        boolean negative = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        if (base == 0 || base == 16 || base == 8 || base == 2) {
            if (i + 1 < n && s.charAt(i) == '0') {
                char p = Character.toLowerCase(s.charAt(i + 1));
                int prefixBase = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
                if (prefixBase != 0 && (base == 0 || base == prefixBase)) {
                    base = prefixBase;
                    i += 2;
                    if (i < n && s.charAt(i) == '_') {
                        i++;
                    }
                }
            }
        }
        boolean inferDecimal = base == 0;
        if (base == 0) {
            base = 10;
        }
        StringBuilder digits = new StringBuilder(n);
        boolean lastUnderscore = true; // an underscore may not lead
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c == '_') {
                if (lastUnderscore) {
                    return null;
                }
                lastUnderscore = true;
                continue;
            }
            int d = Character.digit(c, base);
            if (d < 0) {
                return null;
            }
            digits.append(Character.forDigit(d, base));
            lastUnderscore = false;
        }
        if (digits.length() == 0 || lastUnderscore) {
            return null;
        }
        if (inferDecimal && digits.length() > 1 && digits.charAt(0) == '0') {
            for (int k = 0; k < digits.length(); k++) {
                if (digits.charAt(k) != '0') {
                    return null; // "010" is ambiguous in Python 3
                }
            }
        }
        if (base == 10) {
            IntLimits.checkFromStr(digits.length());
        }
        BigInteger v = new BigInteger(digits.toString(), base);
        return negative ? v.negate() : v;
    }
}
