package dev.terrarium.controller;

/**
 * A handle on a run from outside it: {@link #interrupt()} is Ctrl-C for the guest. The guest
 * gets {@code KeyboardInterrupt} at its next tick check (the controller answers its next
 * {@code CPU_CHECK}, which then comes every few tens of milliseconds of CPU, with
 * "interrupted"), or at once if it is blocked in {@code input()}/a stdin read or
 * {@code time.sleep} (the request answers {@code EINTR}, which the runtime turns into
 * {@code KeyboardInterrupt}, as CPython's {@code PyErr_CheckSignals} does). The child has no
 * signals of its own: the terrarium command calls {@link #interrupt()} from its SIGINT
 * handler, an embedder from any thread.
 *
 * <p>One interrupt is delivered once; interrupts made while none is running wait for the
 * next run that uses this control. Thread-safe.
 */
public final class RunControl {
    private boolean pending;

    /**
     * Asks for a {@code KeyboardInterrupt} in the guest; returns true if an earlier interrupt
     * has not reached the guest yet (the guest does not tick: a caller may then give up on it).
     */
    public synchronized boolean interrupt() {
        boolean stillPending = pending;
        pending = true;
        notifyAll();
        return stillPending;
    }

    /** Takes the pending interrupt, if any: true once per {@link #interrupt()}. */
    synchronized boolean take() {
        boolean was = pending;
        pending = false;
        return was;
    }

    /** Whether an interrupt waits to be delivered (without taking it). */
    synchronized boolean isPending() {
        return pending;
    }

    /**
     * Waits {@code nanos}, or less if an interrupt comes (which this takes); returns whether
     * it was interrupted.
     */
    synchronized boolean sleep(long nanos) {
        long deadline = System.nanoTime() + nanos;
        while (!pending) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            try {
                wait(left / 1_000_000L, (int) (left % 1_000_000L));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        pending = false;
        return true;
    }
}
