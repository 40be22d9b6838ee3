package dev.terrarium.runtime;

import java.util.Arrays;

/**
 * The exceptions being handled right now, innermost last: what a bare {@code raise}
 * re-raises, what {@code sys.exc_info()} reports, and the implicit {@code __context__} of
 * any exception raised meanwhile (compare CPython's {@code exc_info} stack). Generated
 * code pushes on entering an {@code except} block and pops on leaving it, however it
 * leaves. The child is single-threaded.
 */
public final class ExcState {
    private ExcState() {}

    private static PyBaseException[] stack = new PyBaseException[16];
    private static int depth;

    public static void push(PyBaseException e) {
        if (depth == stack.length) {
            stack = Arrays.copyOf(stack, depth * 2);
        }
        stack[depth++] = e;
    }

    public static void pop() {
        stack[--depth] = null;
    }

    /** The exception being handled, or null (an entry may be null: a finally body run for a non-Python throwable). */
    public static PyBaseException current() {
        return depth == 0 ? null : stack[depth - 1];
    }
}
