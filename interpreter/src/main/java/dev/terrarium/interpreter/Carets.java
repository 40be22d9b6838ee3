package dev.terrarium.interpreter;

import dev.terrarium.interpreter.ast.Expr;
import dev.terrarium.interpreter.ast.Module;
import dev.terrarium.interpreter.ast.Span;
import dev.terrarium.interpreter.ast.Stmt;
import dev.terrarium.interpreter.parser.PySyntaxError;
import dev.terrarium.interpreter.parser.PythonFrontEnd;
import java.nio.charset.StandardCharsets;

/**
 * The marker line CPython 3.11 prints under a traceback's source line to show the failing
 * expression ({@code ~~^~~} under a binary operation, {@code ~^^^} under a subscript,
 * {@code ^^^^} otherwise), and when it leaves it out. Compare CPython
 * {@code Python/traceback.c}: {@code tb_displayline}, {@code extract_anchors_from_line},
 * {@code print_error_location_carets}.
 */
final class Carets {
    private Carets() {}

    /**
     * The marker line (without its newline) for {@code span} on {@code line} (the source
     * line, without line terminator), or null when CPython would print none.
     */
    static String markers(String line, Span span, String filename) {
        if (span.colOffset() < 0 || span.endColOffset() < 0) {
            return null;
        }
        int start = charOffset(line, span.colOffset());
        int end;
        int leftEnd = -1;
        int rightStart = -1;
        boolean anchors = false;
        if (span.lineno() == span.endLineno()) {
            end = charOffset(line, span.endColOffset());
            if (start > end || end > line.length()) {
                return null;
            }
            int[] a = anchors(line.substring(start, end), filename);
            if (a != null) {
                leftEnd = a[0] + start;
                rightStart = a[1] + start;
                anchors = true;
            }
        } else {
            // A multi-line expression is marked to the last non-blank character of its first line.
            int i = line.length();
            while (--i >= 0 && isWhitespace(line.charAt(i))) {
                // scan back
            }
            end = i + 1;
        }
        int indent = 0;
        while (indent < line.length() && (line.charAt(indent) == ' ' || line.charAt(indent) == '\t'
                || line.charAt(indent) == '\f')) {
            indent++;
        }
        int strippedLength = line.length() - indent;
        if (end - start == strippedLength && !anchors) {
            return null;
        }
        StringBuilder out = new StringBuilder("    ");
        for (int offset = indent + 1; offset <= end; offset++) {
            if (offset <= start) {
                out.append(' ');
            } else if (anchors && leftEnd < offset && offset <= rightStart) {
                out.append('^');
            } else {
                out.append(anchors ? '~' : '^');
            }
        }
        return out.toString();
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\f' || c == '\n' || c == '\r';
    }

    /**
     * The operator of a binary operation, or the brackets of a subscript, within
     * {@code segment} (character offsets [left, right)), or null if the segment is neither.
     */
    private static int[] anchors(String segment, String filename) {
        Module m;
        try {
            m = PythonFrontEnd.parse(segment, filename);
        } catch (PySyntaxError e) {
            return null;
        }
        if (m.body().size() != 1 || !(m.body().get(0) instanceof Stmt.ExprStmt statement)) {
            return null;
        }
        byte[] bytes = segment.getBytes(StandardCharsets.UTF_8);
        if (statement.value() instanceof Expr.BinOpExpr b) {
            int from = b.left().span().endColOffset();
            int to = b.right().span().colOffset();
            int left = -1;
            int right = -1;
            for (int i = from; i < to; i++) {
                if (isWhitespace((char) bytes[i])) {
                    continue;
                }
                left = i;
                right = i + 1;
                if (i + 1 < to && !isWhitespace((char) bytes[i + 1])) {
                    right++;
                }
                if (i + 1 < to && bytes[i] == ')') {
                    continue;
                }
                break;
            }
            if (left < 0) {
                return null;
            }
            return new int[] {charOffset(segment, left), charOffset(segment, right)};
        }
        if (statement.value() instanceof Expr.Subscript s) {
            int left = s.value().span().endColOffset();
            int right = s.slice().span().endColOffset() + 1;
            int n = bytes.length;
            while (left < n && bytes[left] != '[') {
                left++;
            }
            while (right < n && bytes[right] != ']') {
                right++;
            }
            if (right < n) {
                right++;
            }
            return new int[] {charOffset(segment, left), charOffset(segment, right)};
        }
        return null;
    }

    /** A UTF-8 byte offset into {@code s} as a character offset (compare {@code _PyPegen_byte_offset_to_character_offset}). */
    static int charOffset(String s, int byteOffset) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        if (byteOffset >= bytes.length) {
            return s.length() + (byteOffset - bytes.length);
        }
        return new String(bytes, 0, Math.max(0, byteOffset), StandardCharsets.UTF_8).length();
    }
}
