package dev.terrarium.controller.vfs;

/** The guest went over its output limit: the run must stop (not an errno the guest could handle). */
public final class OutputLimitExceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public OutputLimitExceeded(long limit) {
        super("output limit of " + limit + " bytes exceeded", null, false, false);
    }
}
