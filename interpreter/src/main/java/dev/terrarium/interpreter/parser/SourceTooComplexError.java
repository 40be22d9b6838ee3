package dev.terrarium.interpreter.parser;

/**
 * The source nests too deeply for the front end's stack (e.g. thousands of unary operators
 * in a row). CPython 3.11 raises {@code MemoryError} from its parser in this situation
 * ("Parser stack overflowed"); callers should report it the same way.
 */
public final class SourceTooComplexError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SourceTooComplexError() {
        super("Python source too complex to parse", null, false, false);
    }
}
