package dev.terrarium.interpreter.parser;

import dev.terrarium.runtime.text.UnicodeNames;

/**
 * Backslash escapes of str and bytes literals (CPython: _PyUnicode_DecodeUnicodeEscapeInternal
 * and _PyBytes_DecodeEscape). Unknown escapes are kept verbatim, as CPython does (with a
 * DeprecationWarning we do not emit). Errors are reported with CPython's "(unicode error)"
 * / "(value error)" texts through {@link EscapeError}.
 */
final class Escapes {
    private Escapes() {}

    /** A malformed escape; the message is CPython's text. */
    static final class EscapeError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        EscapeError(String message) {
            super(message, null, false, false);
        }
    }

    static String decodeStr(String raw) {
        return decodeStr(raw, null);
    }

    /**
     * Like {@link #decodeStr(String)}; when {@code escapedSurrogates} is not null, the indexes
     * (in the result) of surrogate code points written as escapes are set in it.
     */
    static String decodeStr(String raw, java.util.BitSet escapedSurrogates) {
        if (raw.indexOf('\\') < 0) {
            return raw;
        }
        StringBuilder sb = new StringBuilder(raw.length());
        int n = raw.length();
        int i = 0;
        while (i < n) {
            char c = raw.charAt(i);
            if (c != '\\') {
                sb.append(c);
                i++;
                continue;
            }
            int escStart = i;
            i++;
            if (i >= n) {
                throw new EscapeError(unicodeError(raw, escStart, n - 1, "\\ at end of string"));
            }
            char e = raw.charAt(i++);
            switch (e) {
                case '\n' -> { }
                case '\\' -> sb.append('\\');
                case '\'' -> sb.append('\'');
                case '"' -> sb.append('"');
                case 'a' -> sb.append('\u0007');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'v' -> sb.append('\u000b');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i < n && raw.charAt(i) >= '0' && raw.charAt(i) <= '7'; k++) {
                        v = v * 8 + (raw.charAt(i++) - '0');
                    }
                    sb.appendCodePoint(v);
                }
                case 'x', 'u', 'U' -> {
                    int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    int v = 0;
                    for (int k = 0; k < digits; k++) {
                        int d = i < n ? Character.digit(raw.charAt(i), 16) : -1;
                        if (d < 0 || raw.charAt(i) > 'f') {
                            String what = e == 'x' ? "truncated \\xXX escape" : e == 'u' ? "truncated \\uXXXX escape"
                                    : "truncated \\UXXXXXXXX escape";
                            throw new EscapeError(unicodeError(raw, escStart, Math.max(escStart, i - 1), what));
                        }
                        v = v * 16 + d;
                        i++;
                    }
                    if (v > 0x10FFFF) {
                        throw new EscapeError(unicodeError(raw, escStart, i - 1, "illegal Unicode character"));
                    }
                    if (escapedSurrogates != null && Character.isSurrogate((char) v) && v <= 0xFFFF) {
                        escapedSurrogates.set(sb.length());
                    }
                    sb.appendCodePoint(v);
                }
                case 'N' -> {
                    int close = i < n && raw.charAt(i) == '{' ? raw.indexOf('}', i) : -1;
                    if (close < 0 || close == i + 1) {
                        throw new EscapeError(unicodeError(raw, escStart, Math.min(n, i) - 1, "malformed \\N character escape"));
                    }
                    String name = raw.substring(i + 1, close);
                    int cp = UnicodeNames.lookup(name);
                    if (cp < 0) {
                        throw new EscapeError(unicodeError(raw, escStart, close, "unknown Unicode character name"));
                    }
                    sb.appendCodePoint(cp);
                    i = close + 1;
                }
                default -> {
                    sb.append('\\');
                    i--;
                }
            }
        }
        return sb.toString();
    }

    private static String unicodeError(String raw, int from, int to, String what) {
        int bFrom = utf8Length(raw, 0, from);
        int bTo = utf8Length(raw, 0, to + 1) - 1;
        String pos = bFrom == bTo ? "position " + bFrom : "position " + bFrom + "-" + bTo;
        return "(unicode error) 'unicodeescape' codec can't decode bytes in " + pos + ": " + what;
    }

    private static int utf8Length(String s, int from, int to) {
        int len = 0;
        for (int i = from; i < Math.min(to, s.length()); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                len += 1;
            } else if (c < 0x800) {
                len += 2;
            } else if (Character.isHighSurrogate(c)) {
                len += 4;
                i++;
            } else {
                len += 3;
            }
        }
        return len;
    }

    /** Bytes literal body; {@code raw} has already been checked to be ASCII. */
    static byte[] decodeBytes(String raw, boolean rawMode) {
        byte[] out = new byte[raw.length()];
        int len = 0;
        int n = raw.length();
        int i = 0;
        while (i < n) {
            char c = raw.charAt(i);
            if (c != '\\' || rawMode) {
                out[len++] = (byte) c;
                i++;
                continue;
            }
            int escStart = i;
            i++;
            if (i >= n) {
                throw new EscapeError("(value error) Trailing \\ in string");
            }
            char e = raw.charAt(i++);
            switch (e) {
                case '\n' -> { }
                case '\\' -> out[len++] = '\\';
                case '\'' -> out[len++] = '\'';
                case '"' -> out[len++] = '"';
                case 'a' -> out[len++] = 7;
                case 'b' -> out[len++] = 8;
                case 'f' -> out[len++] = 12;
                case 'n' -> out[len++] = 10;
                case 'r' -> out[len++] = 13;
                case 't' -> out[len++] = 9;
                case 'v' -> out[len++] = 11;
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i < n && raw.charAt(i) >= '0' && raw.charAt(i) <= '7'; k++) {
                        v = v * 8 + (raw.charAt(i++) - '0');
                    }
                    out[len++] = (byte) v;
                }
                case 'x' -> {
                    int d1 = i < n ? Character.digit(raw.charAt(i), 16) : -1;
                    int d2 = i + 1 < n ? Character.digit(raw.charAt(i + 1), 16) : -1;
                    if (d1 < 0 || d2 < 0) {
                        throw new EscapeError("(value error) invalid \\x escape at position " + escStart);
                    }
                    out[len++] = (byte) (d1 * 16 + d2);
                    i += 2;
                }
                default -> {
                    out[len++] = '\\';
                    i--;
                }
            }
        }
        byte[] result = new byte[len];
        System.arraycopy(out, 0, result, 0, len);
        return result;
    }

    /**
     * The code points of {@code s}, where a char whose index is in {@code escapedSurrogates}
     * is a code point of its own, never half of a pair.
     */
    static int[] codePoints(String s, java.util.BitSet escapedSurrogates) {
        int[] out = new int[s.length()];
        int count = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                    && !escapedSurrogates.get(i) && !escapedSurrogates.get(i + 1)) {
                out[count++] = Character.toCodePoint(c, s.charAt(++i));
            } else {
                out[count++] = c;
            }
        }
        return java.util.Arrays.copyOf(out, count);
    }
}
