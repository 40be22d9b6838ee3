package dev.terrarium.interpreter.compiler;

/**
 * A construct the compiler rejects: a Python SyntaxError found after parsing (e.g.
 * {@code 'return' outside function}), or a feature Terrarium does not support yet
 * ({@link #missingFeature}). Reported to the user in CPython's SyntaxError shape.
 */
public final class CompileError extends RuntimeException {
    private final int lineno;
    private final int colOffset;

    public CompileError(String message, int lineno, int colOffset) {
        super(message, null, false, false);
        this.lineno = lineno;
        this.colOffset = colOffset;
    }

    public static CompileError missingFeature(String what, int lineno, int colOffset) {
        return new CompileError(what + " is not supported by Terrarium yet", lineno, colOffset);
    }

    public int lineno() {
        return lineno;
    }

    /** 0-based column of the offending node. */
    public int colOffset() {
        return colOffset;
    }
}
