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

    public static int limit() {
        return limit;
    }

    public static void setLimit(int newLimit) {
        limit = newLimit;
    }
}
