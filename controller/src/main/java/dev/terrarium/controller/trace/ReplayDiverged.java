package dev.terrarium.controller.trace;

/**
 * A replayed run asked for something its record does not hold (another operation, other
 * arguments, more calls than were recorded), or the record does not belong to this script
 * or is unreadable: the run stops with this exception's message as its one-line reason.
 */
public final class ReplayDiverged extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ReplayDiverged(String message) {
        super(message, null, false, false);
    }
}
