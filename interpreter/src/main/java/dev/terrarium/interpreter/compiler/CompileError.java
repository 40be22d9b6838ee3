package dev.terrarium.interpreter.compiler;

/**
 * A construct the compiler rejects: a Python SyntaxError found after parsing (e.g.
 * {@code 'return' outside function}), or a feature Terrarium does not support yet
 * ({@link #missingFeature}). Reported to the user in CPython's SyntaxError shape.
 */
public final class CompileError extends RuntimeException {
    private final int lineno;
    private final int colOffset;
    private final int endLineno;
    private final int endColOffset;

    public CompileError(String message, int lineno, int colOffset) {
        this(message, lineno, colOffset, lineno, colOffset + 1);
    }

    /** An error spanning a node: CPython underlines the whole node when it is on one line. */
    public CompileError(String message, dev.terrarium.interpreter.ast.Span span) {
        this(message, span.lineno(), span.colOffset(), span.endLineno(), span.endColOffset());
    }

    private CompileError(String message, int lineno, int colOffset, int endLineno, int endColOffset) {
        super(message, null, false, false);
        this.lineno = lineno;
        this.colOffset = colOffset;
        this.endLineno = endLineno;
        this.endColOffset = endColOffset;
    }

    public static CompileError missingFeature(String what, int lineno, int colOffset) {
        return new CompileError(what + " is not supported by Terrarium yet", lineno, colOffset);
    }

    public int lineno() {
        return lineno;
    }

    public int endLineno() {
        return endLineno;
    }

    /** 0-based UTF-8 column just past the offending node. */
    public int endColOffset() {
        return endColOffset;
    }

    /** 0-based UTF-8 column of the offending node. */
    public int colOffset() {
        return colOffset;
    }
}
