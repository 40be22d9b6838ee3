package dev.terrarium.controller.child;

import dev.terrarium.runtime.external.Reply;
import dev.terrarium.runtime.external.Request;
import java.time.Duration;

/**
 * A running guest as the request server sees it: a source of request frames and a sink of
 * reply frames, with a wall-time watchdog and a way to end it. The production form is a
 * {@link ChildProcess} (a child JVM); {@link InProcessChild} runs the guest on a thread of
 * the controller's own JVM, for trusted-but-fallible code and tests.
 */
public interface Child extends AutoCloseable {

    /** Reads and decodes the next request frame. */
    Request readRequest() throws ProtocolViolation, ChildGone;

    /** Encodes and sends one reply frame. */
    void sendReply(Reply reply) throws ChildGone;

    /** Closes the reply pipe: the guest sees end of file if it reads again. */
    void closeReplies();

    /** Ends the guest once {@code limit} has passed since now, unless it has ended by then. */
    void startWatchdog(Duration limit);

    /** True if the watchdog ended the guest. */
    boolean timedOut();

    /** True while the guest runs (a blocked stdin read gives up once it is gone). */
    boolean isAlive();

    // ---- the CPU limit (see CpuAccount) --------------------------------------------------

    /** The guest's CPU account: answers its CPU_CHECK requests from CPU time the controller measures. */
    CpuAccount cpu();

    /**
     * Ends the guest once it has used {@code grace} more CPU than its limit (none without a
     * limit): a guest that stops asking still ends.
     */
    void startCpuWatchdog(Duration grace);

    /**
     * The guest is about to start (its HELLO has arrived): the CPU limit counts from now,
     * without the CPU its JVM used to start. Called by the request server once per run.
     */
    default void guestStarting() {}

    /** True if the guest was stopped for using more memory than its heap (in-process mode's watchdog). */
    default boolean exceededMemory() {
        return false;
    }

    /** True if the CPU watchdog ended the guest. */
    boolean killedForCpu();

    /** The guest's exit status, waiting up to {@code millis} for it to end; null if it still runs. */
    Integer awaitExit(long millis);

    /** What the guest's JVM (or thread) wrote outside the protocol, bounded, for diagnostics. */
    String stderrText();

    /** CPU time the guest used up to its EXIT request (see the implementations), or null if unknown. */
    Duration cpuTime();

    /** Peak memory of the guest up to its EXIT request, in bytes (see the implementations), or -1 if unknown. */
    long peakMemoryBytes();

    /** Ends the guest if it still runs and releases everything it holds. Never throws. */
    @Override
    void close();
}
