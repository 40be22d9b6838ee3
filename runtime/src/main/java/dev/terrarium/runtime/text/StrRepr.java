package dev.terrarium.runtime.text;

/**
 * {@code repr(str)} and {@code repr(bytes)} exactly as CPython 3.11 writes them.
 *
 * <p>CPython counterparts: {@code unicode_repr} (Objects/unicodeobject.c) and
 * {@code PyBytes_Repr} (Objects/bytesobject.c). Quote choice for both: single quotes, unless
 * the text contains a single quote and no double quote. Escapes: the chosen quote and the
 * backslash get a backslash; \t \n \r; other code points below U+0020 and U+007F as \xNN;
 * then, for str only, non-ASCII code points that are not printable
 * ({@link UnicodeProps#isPrintable}) as \xNN (up to U+00FF), {@code \}uNNNN (up to U+FFFF) or
 * \UNNNNNNNN, lower-case hex; printable ones are kept. For bytes every byte >= 0x7F is \xNN.
 *
 * <p>A Java string's surrogate pair is one code point; a lone surrogate is printed as the
 * {@code \}udXXX escape, as CPython prints a lone surrogate code point.
 */
public final class StrRepr {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private StrRepr() {
    }

    /** {@code repr(s)}. */
    public static String repr(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2);
        appendRepr(out, s);
        return out.toString();
    }

    /** Appends {@code repr(s)} to {@code out}. */
    public static void appendRepr(StringBuilder out, String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        out.append(quote);
        int n = s.length();
        for (int i = 0; i < n; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            appendEscaped(out, cp, quote);
        }
        out.append(quote);
    }

    /** {@code repr} of the string made of exactly these code points (which may be surrogates). */
    public static String repr(int[] codePoints) {
        boolean single = false;
        boolean dbl = false;
        for (int cp : codePoints) {
            single |= cp == '\'';
            dbl |= cp == '"';
        }
        char quote = single && !dbl ? '"' : '\'';
        StringBuilder out = new StringBuilder(codePoints.length + 2).append(quote);
        for (int cp : codePoints) {
            appendEscaped(out, cp, quote);
        }
        return out.append(quote).toString();
    }

    private static void appendEscaped(StringBuilder out, int cp, char quote) {
        if (cp == quote || cp == '\\') {
            out.append('\\').append((char) cp);
        } else if (cp == '\t') {
            out.append("\\t");
        } else if (cp == '\n') {
            out.append("\\n");
        } else if (cp == '\r') {
            out.append("\\r");
        } else if (cp < ' ' || cp == 0x7F) {
            appendHex(out, 'x', cp, 2);
        } else if (cp < 0x7F || UnicodeProps.isPrintable(cp)) {
            out.appendCodePoint(cp);
        } else if (cp <= 0xFF) {
            appendHex(out, 'x', cp, 2);
        } else if (cp <= 0xFFFF) {
            appendHex(out, 'u', cp, 4);
        } else {
            appendHex(out, 'U', cp, 8);
        }
    }

    /**
     * {@code ascii(s)}: {@code repr(s)} with every remaining non-ASCII code point written as
     * \xNN, {@code \}uNNNN or \UNNNNNNNN (CPython's {@code PyObject_ASCII}: the repr encoded
     * with "backslashreplace").
     */
    public static String asciiRepr(String s) {
        return escapeNonAscii(repr(s));
    }

    /**
     * {@code ascii(obj)} given {@code repr(obj)}: every non-ASCII code point written as
     * \xNN, {@code \}uNNNN or \UNNNNNNNN (the "backslashreplace" error handler).
     */
    public static String escapeNonAscii(String repr) {
        StringBuilder out = null;
        int n = repr.length();
        for (int i = 0; i < n; ) {
            int cp = repr.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (cp >= 0x80 && out == null) {
                out = new StringBuilder(n + 16).append(repr, 0, i);
            }
            if (out != null) {
                if (cp < 0x80) {
                    out.append((char) cp);
                } else if (cp <= 0xFF) {
                    appendHex(out, 'x', cp, 2);
                } else if (cp <= 0xFFFF) {
                    appendHex(out, 'u', cp, 4);
                } else {
                    appendHex(out, 'U', cp, 8);
                }
            }
            i = next;
        }
        return out == null ? repr : out.toString();
    }

    /** {@code repr(bytes(b))}: {@code b'...'}. */
    public static String bytesRepr(byte[] b) {
        return bytesRepr(b, 0, b.length);
    }

    /**
     * {@code repr} of the bytes {@code b[offset, offset + length)}: {@code b'...'} (a
     * bytearray's repr wraps this in {@code bytearray(...)}).
     */
    public static String bytesRepr(byte[] b, int offset, int length) {
        return bytesRepr(b, offset, length, false);
    }

    /**
     * As {@link #bytesRepr(byte[], int, int)}; {@code escapeAllSingleQuotes} is a bytearray's
     * repr, which (as CPython's bytearray_repr) escapes every {@code '} even inside double quotes.
     */
    public static String bytesRepr(byte[] b, int offset, int length, boolean escapeAllSingleQuotes) {
        boolean single = false;
        boolean dbl = false;
        for (int i = offset; i < offset + length; i++) {
            single |= b[i] == '\'';
            dbl |= b[i] == '"';
        }
        char quote = single && !dbl ? '"' : '\'';
        StringBuilder out = new StringBuilder(length + 3);
        out.append('b').append(quote);
        for (int i = offset; i < offset + length; i++) {
            int c = b[i] & 0xFF;
            if (c >= 0x7F) {
                appendHex(out, 'x', c, 2);
            } else if (c == '\'' && escapeAllSingleQuotes) {
                out.append("\\'");
            } else {
                appendEscaped(out, c, quote);
            }
        }
        return out.append(quote).toString();
    }

    private static void appendHex(StringBuilder out, char kind, int value, int width) {
        out.append('\\').append(kind);
        for (int shift = (width - 1) * 4; shift >= 0; shift -= 4) {
            out.append(HEX[(value >>> shift) & 0xF]);
        }
    }
}
