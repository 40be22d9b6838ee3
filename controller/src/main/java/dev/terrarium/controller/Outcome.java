package dev.terrarium.controller;

/**
 * How a sandboxed run ended, and the exit code the controller reports for it. A guest
 * that exits normally reports its own status (as CPython's process would, modulo 256);
 * every other way a run can end has a fixed code of its own, chosen from 117 to 125 so it
 * rarely collides with a guest's status or a shell's (124 matches coreutils {@code timeout}).
 */
public enum Outcome {
    /** The guest finished and sent EXIT: the exit code is its status (0 to 255). */
    EXITED(-1),
    /** The script named on the command line could not be opened (CPython also uses 2). */
    CANNOT_OPEN_SCRIPT(2),
    /** The child broke the wire protocol: garbage, a truncated or oversized frame, a bad request. */
    PROTOCOL_VIOLATION(120),
    /** The child process ended (or closed its pipe) without sending EXIT: a crash. */
    CHILD_DIED(121),
    /** The child JVM could not be started. */
    LAUNCH_FAILED(122),
    /** The guest wrote more than the allowed number of bytes to stdout and stderr. */
    OUTPUT_LIMIT(123),
    /** The run exceeded its wall-time limit. */
    TIMEOUT(124),
    /** The controller itself failed unexpectedly (a bug, or the host refused something). */
    CONTROLLER_ERROR(125),
    /**
     * A replay ({@code --replay}) asked for a call its record does not hold, or the record is
     * unreadable or belongs to another script or argv.
     */
    REPLAY_DIVERGED(117),

    // ---- limits ----
    /** The guest's heap ran out in a way no MemoryError could report (the --heap limit). */
    MEMORY_LIMIT(118),
    /** The run used up its CPU time (the --cpu limit). */
    CPU_LIMIT(119);

    /** The fixed exit code, or -1 for {@link #EXITED} (whose code is the guest's status). */
    public final int code;

    Outcome(int code) {
        this.code = code;
    }
}
