package dev.terrarium.controller.trace;

/**
 * How a recorded run ended when that was not the guest's EXIT (a CPU, memory, wall-time or
 * output limit, a killed or misbehaving child): the outcome's name, the exit code and the
 * one-line reason, kept at the end of the record so that {@code --replay} reproduces the
 * same ending. Thrown by the replay when the guest asks past the last recorded call.
 */
public final class RecordedEnding extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String outcome;
    private final int exitCode;
    private final String reason;

    public RecordedEnding(String outcome, int exitCode, String reason) {
        super(reason, null, false, false);
        this.outcome = outcome;
        this.exitCode = exitCode;
        this.reason = reason;
    }

    /** The name of the run's {@code Outcome}. */
    public String outcome() {
        return outcome;
    }

    public int exitCode() {
        return exitCode;
    }

    public String reason() {
        return reason;
    }
}
