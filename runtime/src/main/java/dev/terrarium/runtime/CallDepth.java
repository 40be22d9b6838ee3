package dev.terrarium.runtime;

/**
 * Python's recursion limit (compare CPython {@code Py_EnterRecursiveCall}). Every call of
 * a Python function enters here, so deep recursion raises RecursionError long before the
 * JVM stack overflows. The child is single-threaded, so plain statics suffice.
 */
public final class CallDepth {
    private CallDepth() {}

    private static int depth;
    private static int limit = 1000;

    public static void enter() {
        CpuBudget.tick();
        // The module's own frame counts toward the limit too, as in CPython.
        if (++depth >= limit) {
            depth--;
            throw PyErrors.recursionError();
        }
    }

    public static void exit() {
        depth--;
    }

    /** Python frames active below the module's: 0 in module code, 1 in a function it called, ... */
    public static int depth() {
        return depth;
    }

    /**
     * The depth of a {@code __next__} that iteration machinery is calling and whose
     * StopIteration it will swallow (a for loop, list(), ...); -1 when there is none.
     */
    private static int swallowsStopIterationAt = -1;

    /** Entering a {@code __next__} call whose StopIteration will be swallowed; returns what to restore. */
    public static int expectStopIteration() {
        int saved = swallowsStopIterationAt;
        swallowsStopIterationAt = depth + 1;
        return saved;
    }

    public static void restoreStopIteration(int saved) {
        swallowsStopIterationAt = saved;
    }

    /** Whether a StopIteration leaving the current frame at once will be swallowed by its caller. */
    static boolean stopIterationIsSwallowedHere() {
        return swallowsStopIterationAt == depth;
    }

    public static int limit() {
        return limit;
    }

    public static void setLimit(int newLimit) {
        limit = newLimit;
    }
}
