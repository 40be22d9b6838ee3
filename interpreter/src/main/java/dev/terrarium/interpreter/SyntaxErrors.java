package dev.terrarium.interpreter;

import dev.terrarium.interpreter.compiler.CompileError;
import dev.terrarium.interpreter.parser.PySyntaxError;

/**
 * Prints a SyntaxError of the main script as CPython does (no "Traceback" header):
 * <pre>
 *   File "x.py", line 1
 *     x = (
 *         ^
 * SyntaxError: '(' was never closed
 * </pre>
 */
final class SyntaxErrors {
    private SyntaxErrors() {}

    static String format(PySyntaxError e) {
        int carets = e.endLineno() == e.lineno() && e.endOffset() > e.offset() ? e.endOffset() - e.offset() : 1;
        return format(e.filename(), e.lineno(), e.text(), e.offset(), carets, e.kind() + ": " + e.message());
    }

    static String format(CompileError e, String filename, String[] lines) {
        String text = e.lineno() >= 1 && lines != null && e.lineno() <= lines.length ? lines[e.lineno() - 1] : null;
        int start = text == null ? e.colOffset() : Carets.charOffset(text, e.colOffset());
        int end = text == null ? e.colOffset() + 1 : Carets.charOffset(text, e.endColOffset());
        int carets = e.endLineno() == e.lineno() && end > start ? end - start : 1;
        return format(filename, e.lineno(), text, start + 1, carets, "SyntaxError: " + e.getMessage());
    }

    /** {@code offset} is 1-based, in characters of {@code text}, as CPython's SyntaxError.offset. */
    private static String format(String filename, int lineno, String text, int offset, int carets, String last) {
        StringBuilder out = new StringBuilder();
        if (lineno <= 0) {
            // Errors found before tokenizing (the source's encoding) have no position.
            return out.append(last).append('\n').toString();
        }
        out.append("  File \"").append(filename).append("\", line ").append(lineno).append('\n');
        if (text != null) {
            String line = text.replaceAll("[\r\n]+$", "");
            int indent = 0;
            while (indent < line.length() && (line.charAt(indent) == ' ' || line.charAt(indent) == '\t'
                    || line.charAt(indent) == '\f')) {
                indent++;
            }
            String stripped = line.strip();
            if (!stripped.isEmpty()) {
                out.append("    ").append(stripped).append('\n');
                if (offset >= 1) {
                    int col = Math.max(0, Math.min(offset - 1 - indent, stripped.length()));
                    out.append("    ").append(" ".repeat(col)).append("^".repeat(Math.max(1, carets))).append('\n');
                }
            }
        }
        out.append(last).append('\n');
        return out.toString();
    }
}
