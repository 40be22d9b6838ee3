package dev.terrarium.interpreter.parser;

/**
 * A Python {@code SyntaxError} (or its subclasses {@code IndentationError} / {@code TabError})
 * raised by the front end, carrying exactly the fields CPython's exception has: lines are
 * 1-based, offsets are 1-based columns in characters (code points), as in
 * {@code SyntaxError.offset}. {@link #text()} is the offending source line without its
 * line terminator, or null when unknown.
 */
public final class PySyntaxError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String kind;
    private final String message;
    private final String filename;
    private final int lineno;
    private final int offset;
    private final int endLineno;
    private final int endOffset;
    private final String text;

    public PySyntaxError(String kind, String message, String filename, int lineno, int offset,
            int endLineno, int endOffset, String text) {
        super(kind + ": " + message + " (" + filename + ", line " + lineno + ")", null, false, false);
        this.kind = kind;
        this.message = message;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
        this.text = text;
    }

    /** "SyntaxError", "IndentationError" or "TabError". */
    public String kind() {
        return kind;
    }

    /** CPython's message text, e.g. "invalid syntax". */
    public String message() {
        return message;
    }

    public String filename() {
        return filename;
    }

    public int lineno() {
        return lineno;
    }

    public int offset() {
        return offset;
    }

    public int endLineno() {
        return endLineno;
    }

    public int endOffset() {
        return endOffset;
    }

    public String text() {
        return text;
    }
}
