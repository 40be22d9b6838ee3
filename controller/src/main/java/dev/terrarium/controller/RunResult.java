package dev.terrarium.controller;

/**
 * The end of one sandboxed run: its {@link Outcome}, the exit code to report, and for
 * every outcome but {@link Outcome#EXITED} a one-line reason (already shown on stderr).
 */
public record RunResult(Outcome outcome, int exitCode, String reason) {

    static RunResult exited(long status) {
        // A POSIX process status is 8 bits: sys.exit(256) exits with 0, sys.exit(-1) with 255.
        return new RunResult(Outcome.EXITED, (int) (status & 0xFF), null);
    }

    static RunResult stopped(Outcome outcome, String reason) {
        return new RunResult(outcome, outcome.code, reason);
    }
}
