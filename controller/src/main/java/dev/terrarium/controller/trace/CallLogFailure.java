package dev.terrarium.controller.trace;

/**
 * The controller could not write (or open) a trace or record file: the run stops, with
 * this exception's message as its one-line reason. A call log that silently lost lines
 * would be worse than none.
 */
public final class CallLogFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CallLogFailure(String message) {
        super(message, null, false, false);
    }
}
