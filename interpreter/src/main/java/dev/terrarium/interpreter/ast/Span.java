package dev.terrarium.interpreter.ast;

/**
 * Where a node stands in its source, exactly as CPython's {@code ast} reports it:
 * 1-based lines, 0-based columns counted in UTF-8 bytes (not chars, not code points).
 */
public record Span(int lineno, int colOffset, int endLineno, int endColOffset) {

    /** A span from the start of {@code first} to the end of {@code last}. */
    public static Span between(Span first, Span last) {
        return new Span(first.lineno, first.colOffset, last.endLineno, last.endColOffset);
    }
}
