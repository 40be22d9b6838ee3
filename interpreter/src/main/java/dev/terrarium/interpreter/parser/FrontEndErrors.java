package dev.terrarium.interpreter.parser;

import dev.terrarium.interpreter.ast.Span;

/** Makes {@link PySyntaxError}s positioned in one source file, converting byte columns to characters. */
final class FrontEndErrors {
    private final SourceText src;
    private final String filename;

    FrontEndErrors(SourceText src, String filename) {
        this.src = src;
        this.filename = filename;
    }

    /** Errors positioned in another text (an f-string expression) but reported under this file's name. */
    FrontEndErrors forSource(SourceText other) {
        return new FrontEndErrors(other, filename);
    }

    /** An error covering an AST span (columns in UTF-8 bytes). */
    PySyntaxError at(String kind, String msg, Span span) {
        int line = span.lineno();
        int endLine = span.endLineno();
        int offset = safeCharCol(line, span.colOffset()) + 1;
        int endOffset = safeCharCol(endLine, span.endColOffset()) + 1;
        return new PySyntaxError(kind, msg, filename, line, offset, endLine, endOffset, src.lineText(line));
    }

    /** An error at 1-based character offsets, as CPython reports them. */
    PySyntaxError at(String kind, String msg, int line, int offset, int endLine, int endOffset) {
        return new PySyntaxError(kind, msg, filename, line, offset, endLine, endOffset, src.lineText(line));
    }

    private int safeCharCol(int line, int byteCol) {
        if (line < 1 || line > src.lineCount()) {
            return byteCol;
        }
        return src.charCol(line, byteCol);
    }
}
