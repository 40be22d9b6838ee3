package dev.terrarium.runtime;

/**
 * Thrown where guest code ticks ({@link CpuBudget}) once the controller has said the run's
 * CPU time is spent. An {@link Error}, not a {@link PyException}: no {@code except} clause
 * (bare, {@code BaseException} or any other) matches it, {@code with} statements let it
 * pass without calling {@code __exit__}, and finally bodies do not run for it
 * ({@link Ops#enterFinally}), so a guest cannot swallow it with a {@code return} there.
 * The child ends the run when it reaches the top.
 */
public final class CpuLimitExceeded extends Error {
    private static final long serialVersionUID = 1L;

    public CpuLimitExceeded() {
        super("CPU limit exceeded", null, false, false);
    }
}
