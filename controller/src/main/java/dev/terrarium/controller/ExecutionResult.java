package dev.terrarium.controller;

import java.time.Duration;

/**
 * How one {@link Terrarium} run ended and what it cost.
 *
 * @param outcome how the run ended ({@link Outcome#EXITED} when the guest finished)
 * @param exitCode the guest's status for EXITED (0 success, 1 an uncaught exception, else
 *     its {@code sys.exit} status modulo 256), else the outcome's fixed code
 * @param reason why the run was stopped (also the last line of stderr), or null for EXITED
 * @param stdout what the guest wrote to stdout, as UTF-8 (empty if it went to a given stream)
 * @param stderr what the guest wrote to stderr, then the controller's own messages
 *     ({@code terrarium: stopped: ...}) (empty if it went to a given stream)
 * @param wallTime from obtaining the guest (launching a child, taking one from the warm
 *     pool, or starting a thread) to its end, measured by the controller
 * @param cpuTime in a child process: the child JVM's total CPU time (all its threads, JIT
 *     and GC included) when it sent EXIT, from the operating system; in-process: the CPU
 *     time of the guest's thread; null if the guest never sent EXIT or it is unknown
 * @param peakMemoryBytes in a child process: the child JVM's peak resident set size (Linux
 *     VmHWM: heap plus everything else the JVM holds) when it sent EXIT; -1 in-process or
 *     when unknown
 * @param callCount the ExternalCall requests the guest made, handshake and EXIT included
 */
public record ExecutionResult(Outcome outcome, int exitCode, String reason, String stdout, String stderr,
        Duration wallTime, Duration cpuTime, long peakMemoryBytes, long callCount) {

    /** True if the guest finished with status 0. */
    public boolean ok() {
        return outcome == Outcome.EXITED && exitCode == 0;
    }
}
