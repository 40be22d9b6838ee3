package dev.terrarium.runtime;

import dev.terrarium.runtime.external.ExternalCall;
import dev.terrarium.runtime.external.Op;
import dev.terrarium.runtime.external.Reply;
import dev.terrarium.runtime.external.Request;

/**
 * The run's CPU budget, counted in the runtime. The child may not read a clock, so it
 * counts <em>ticks</em> instead: generated code ticks at every loop header and every
 * Python function entry ({@link CallDepth#enter}), and builtins whose work grows with
 * their arguments (sort, join, big-int arithmetic, searches) {@link #charge} a weight
 * for it. When the countdown runs out the child asks the controller with
 * {@link Op#CPU_CHECK}; the controller measures the child process's CPU time and answers
 * how many ticks to run before asking again (it adapts that to the observed tick rate, so
 * checks come every few tens of milliseconds of CPU), or 0 once the limit is spent. From
 * then on every tick throws {@link CpuLimitExceeded}, which guest code cannot catch. A
 * negative answer means the run was interrupted (Ctrl-C at the controller): the guest
 * raises {@code KeyboardInterrupt} at a tick (at the next one if a builtin was charging).
 *
 * <p>The fast path is one decrement of a static field and a compare. Without a door (tests,
 * in-process use) the countdown only restarts. The child is single-threaded: plain statics.
 */
public final class CpuBudget {
    private CpuBudget() {}

    /** Ticks before the first question to the controller, which then sets the pace. */
    static final int FIRST_INTERVAL = 100_000;

    private static int countdown = FIRST_INTERVAL;
    /** What {@link #countdown} was set to at the last check: countdown's distance from it is the ticks spent since. */
    private static int interval = FIRST_INTERVAL;
    private static long carried;
    private static ExternalCall door;
    private static boolean spent;
    /** The controller said the run was interrupted (Ctrl-C): the next tick raises KeyboardInterrupt. */
    private static boolean interrupted;
    /** Set while {@link #charge} checks: a builtin in the middle of its work is not interrupted. */
    private static boolean charging;
    /**
     * Thrown at every tick once the budget is spent (it has no stack trace). Made here, when
     * the first tick initialises this class, so its class is loaded long before a handler
     * must recognise it: loading a class needs heap, which may be exhausted by then.
     */
    private static final CpuLimitExceeded EXCEEDED = new CpuLimitExceeded();

    /** Makes the budget ask the controller through {@code externalCall}; called once by the child. */
    public static void install(ExternalCall externalCall) {
        door = externalCall;
    }

    /** One unit of guest work: a loop iteration or a function call. */
    public static void tick() {
        if (--countdown < 0) {
            check();
        }
    }

    /**
     * {@code weight} ticks of work at once: what a builtin is about to do, about one tick per
     * element it visits or per machine word of a big-int operation.
     */
    public static void charge(long weight) {
        if (weight <= 0) {
            return;
        }
        long left = countdown - weight;
        if (left >= 0) {
            countdown = (int) left;
        } else {
            carried += -left - 1;
            countdown = -1;
            charging = true;
            try {
                check();
            } finally {
                charging = false;
            }
        }
    }

    /** Whether the controller has said the budget is spent. */
    public static boolean isSpent() {
        return spent;
    }

    private static void check() {
        if (spent) {
            countdown = 0;
            throw EXCEEDED;
        }
        if (interrupted && !charging) {
            interrupted = false;
            countdown = interval;
            throw new PyException(PyExc.create(PyExc.KeyboardInterrupt));
        }
        long ticks = (long) interval - countdown + carried;
        carried = 0;
        long next = door == null ? Integer.MAX_VALUE : ask(ticks);
        if (next == 0) {
            spent = true;
            interval = 0;
            countdown = 0;
            throw EXCEEDED;
        }
        // A negative answer: the run was interrupted; go on with -next ticks after raising
        // KeyboardInterrupt at a tick (never inside a builtin's charge).
        interrupted = next < 0;
        interval = (int) Math.min(Math.abs(next), Integer.MAX_VALUE);
        countdown = interval;
        if (interrupted) {
            if (!charging) {
                interrupted = false;
                throw new PyException(PyExc.create(PyExc.KeyboardInterrupt));
            }
            countdown = 0; // the next tick comes back here to raise it
        }
    }

    private static long ask(long ticks) {
        Reply reply = door.call(Request.of(Op.CPU_CHECK, ticks));
        if (!reply.isOk() || reply.values().size() != 1 || !(reply.values().get(0) instanceof Long next)) {
            // A controller that cannot answer leaves the decision to its own watchdog.
            return Integer.MAX_VALUE;
        }
        return next;
    }
}
