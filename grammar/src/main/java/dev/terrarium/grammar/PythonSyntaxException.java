package dev.terrarium.grammar;

/**
 * A syntax error found by the lexer or reported by the front end's parser glue, with the
 * position CPython would report. Lines are 1-based; {@code offset} and {@code endOffset}
 * are 1-based columns counted in code points, as in CPython's {@code SyntaxError.offset}.
 * {@code kind} is "SyntaxError", "IndentationError" or "TabError".
 */
public final class PythonSyntaxException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public final String kind;
    public final String msg;
    public final int lineno;
    public final int offset;
    public final int endLineno;
    public final int endOffset;
    /** True for errors CPython's generic path reports ("invalid syntax"), which later tokenizer errors override. */
    public final boolean generic;

    public PythonSyntaxException(String kind, String msg, int lineno, int offset, int endLineno, int endOffset,
            boolean generic) {
        super(kind + ": " + msg + " (line " + lineno + ", offset " + offset + ")", null, false, false);
        this.kind = kind;
        this.msg = msg;
        this.lineno = lineno;
        this.offset = offset;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
        this.generic = generic;
    }

    public PythonSyntaxException(String kind, String msg, int lineno, int offset, int endLineno, int endOffset) {
        this(kind, msg, lineno, offset, endLineno, endOffset, false);
    }
}
