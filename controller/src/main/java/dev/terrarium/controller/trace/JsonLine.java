package dev.terrarium.controller.trace;

import java.util.List;

/**
 * Builds one JSON object on one line, and writes wire values into it <em>summarized</em>, so
 * a line stays short whatever the guest sent: a {@code byte[]} becomes
 * {@code {"bytes": length, "head": "..."}} (the first {@value #BYTES_HEAD} bytes written as
 * Python writes a bytes literal, without {@code b''}); a string longer than
 * {@value #MAX_CHARS} characters becomes {@code {"chars": length, "head": "..."}}; a list
 * shows its first {@value #MAX_ITEMS} elements and then {@code "...(N more)"}; lists nested
 * deeper than {@value #MAX_DEPTH} become {@code "[...]"}; after {@value #MAX_VALUES} values
 * in one line the rest become {@code "..."}. So no line exceeds a few tens of kilobytes.
 */
final class JsonLine {
    static final int BYTES_HEAD = 32;
    static final int MAX_CHARS = 120;
    static final int STRING_HEAD = 60;
    static final int MAX_ITEMS = 16;
    static final int MAX_DEPTH = 3;
    static final int MAX_VALUES = 64;

    private final StringBuilder out = new StringBuilder("{");
    private int values;

    /** Adds {@code "name": value} with a number. */
    JsonLine number(String name, long value) {
        key(name);
        out.append(value);
        return this;
    }

    /** Adds {@code "name": "text"} with the text written whole (for the controller's own short texts). */
    JsonLine text(String name, String text) {
        key(name);
        quote(text);
        return this;
    }

    /** Adds {@code "name": value} with a wire value ({@code null}, Long, String, byte[], List), summarized. */
    JsonLine wire(String name, Object value) {
        key(name);
        value(value, 0);
        return this;
    }

    /** {@code value} alone, summarized as in a line (for messages). */
    static String summary(Object value) {
        JsonLine line = new JsonLine();
        line.out.setLength(0);
        line.value(value, 0);
        return line.out.toString();
    }

    /** The finished object, without a line break. */
    @Override
    public String toString() {
        return out + "}";
    }

    private void key(String name) {
        if (out.length() > 1) {
            out.append(',');
        }
        quote(name);
        out.append(':');
    }

    private void value(Object value, int depth) {
        if (++values > MAX_VALUES) {
            quote("...");
        } else if (value == null) {
            out.append("null");
        } else if (value instanceof Long || value instanceof Integer) {
            out.append(value);
        } else if (value instanceof String) {
            string((String) value);
        } else if (value instanceof byte[]) {
            byte[] data = (byte[]) value;
            out.append("{\"bytes\":").append(data.length).append(",\"head\":");
            quote(bytesHead(data));
            out.append('}');
        } else if (value instanceof List) {
            list((List<?>) value, depth);
        } else {
            quote(value.getClass().getSimpleName());
        }
    }

    private void string(String s) {
        if (s.length() <= MAX_CHARS) {
            quote(s);
            return;
        }
        int end = STRING_HEAD;
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        out.append("{\"chars\":").append(s.length()).append(",\"head\":");
        quote(s.substring(0, end));
        out.append('}');
    }

    private void list(List<?> items, int depth) {
        if (depth >= MAX_DEPTH) {
            quote("[...]");
            return;
        }
        out.append('[');
        int shown = Math.min(items.size(), MAX_ITEMS);
        for (int i = 0; i < shown; i++) {
            if (i > 0) {
                out.append(',');
            }
            value(items.get(i), depth + 1);
        }
        if (shown < items.size()) {
            out.append(shown > 0 ? "," : "");
            quote("...(" + (items.size() - shown) + " more)");
        }
        out.append(']');
    }

    /** The first bytes as in a Python bytes literal: printable ASCII as is, else \n, \t, \r, \\, \xNN. */
    static String bytesHead(byte[] data) {
        StringBuilder s = new StringBuilder();
        int shown = Math.min(data.length, BYTES_HEAD);
        for (int i = 0; i < shown; i++) {
            int b = data[i] & 0xFF;
            if (b == '\\') {
                s.append("\\\\");
            } else if (b == '\n') {
                s.append("\\n");
            } else if (b == '\t') {
                s.append("\\t");
            } else if (b == '\r') {
                s.append("\\r");
            } else if (b >= 0x20 && b < 0x7F) {
                s.append((char) b);
            } else {
                s.append("\\x").append(Character.forDigit(b >> 4, 16)).append(Character.forDigit(b & 15, 16));
            }
        }
        if (shown < data.length) {
            s.append("...");
        }
        return s.toString();
    }

    /** A JSON string literal (RFC 8259): quote, backslash and control characters escaped. */
    private void quote(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"':
                    out.append("\\\"");
                    break;
                case '\\':
                    out.append("\\\\");
                    break;
                case '\n':
                    out.append("\\n");
                    break;
                case '\r':
                    out.append("\\r");
                    break;
                case '\t':
                    out.append("\\t");
                    break;
                default:
                    if (c < 0x20 || Character.isSurrogate(c) && !validSurrogate(s, i)) {
                        // control characters, and lone surrogates (not valid in UTF-8 output)
                        out.append("\\u").append(hex4(c));
                    } else {
                        out.append(c);
                    }
            }
        }
        out.append('"');
    }

    private static boolean validSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    private static String hex4(char c) {
        String hex = Integer.toHexString(c);
        return "0000".substring(hex.length()) + hex;
    }
}
