package dev.terrarium.interpreter.parser;

/**
 * The source nests too deeply to be compiled, reported as CPython 3.11 reports it, with a
 * Python exception type instead of a SyntaxError and no traceback:
 * <ul>
 *   <li>{@link #recursion()}: statements and expressions nested more than
 *       {@link NestingLimit#MAX_DEPTH} deep (CPython's AST optimizer, Python/ast_opt.c:
 *       "RecursionError: maximum recursion depth exceeded during compilation");</li>
 *   <li>{@link #memory()}: nesting so deep that the parser's own stack runs out first
 *       (CPython's parser, MAXSTACK: a bare {@code MemoryError}).</li>
 * </ul>
 */
public final class SourceTooComplexError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String pythonType;
    private final String pythonMessage;

    private SourceTooComplexError(String pythonType, String pythonMessage) {
        super(pythonType + (pythonMessage.isEmpty() ? "" : ": " + pythonMessage), null, false, false);
        this.pythonType = pythonType;
        this.pythonMessage = pythonMessage;
    }

    /** CPython's compile-time nesting limit was exceeded. */
    public static SourceTooComplexError recursion() {
        return new SourceTooComplexError("RecursionError", "maximum recursion depth exceeded during compilation");
    }

    /** The parser's stack overflowed. */
    public static SourceTooComplexError memory() {
        return new SourceTooComplexError("MemoryError", "");
    }

    /** The Python exception type a user sees: "RecursionError" or "MemoryError". */
    public String pythonType() {
        return pythonType;
    }

    /** The exception's message, empty for the bare MemoryError. */
    public String pythonMessage() {
        return pythonMessage;
    }

    /** The last line CPython prints for it, e.g. "RecursionError: maximum recursion depth exceeded during compilation". */
    public String report() {
        return getMessage();
    }
}
