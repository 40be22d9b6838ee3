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

    /**
     * A generator suspends inside {@code count} except clauses or finally bodies of its own:
     * their exceptions leave the stack with it (CPython keeps them in the generator's frame),
     * innermost last, until {@link #resume} puts them back.
     */
    public static PyBaseException[] suspend(int count) {
        PyBaseException[] saved = Arrays.copyOfRange(stack, depth - count, depth);
        for (int i = 0; i < count; i++) {
            pop();
        }
        return saved;
    }

    /** The generator resumes: its handled exceptions are handled again. */
    public static void resume(PyBaseException[] saved) {
        for (PyBaseException e : saved) {
            push(e);
        }
    }
}
