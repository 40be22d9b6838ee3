package dev.terrarium.controller.vfs;

/**
 * Counts what the guest writes to its standard streams against an optional limit shared by
 * stdout and stderr, so a guest printing forever can be stopped.
 */
public final class OutputMeter {
    private final long limit;
    private long used;

    /** {@code limit} bytes in all; negative for no limit. */
    public OutputMeter(long limit) {
        this.limit = limit;
    }

    /** How many of {@code requested} bytes may still be written, counting them as written. */
    long grant(long requested) {
        long granted = limit < 0 ? requested : Math.min(requested, limit - used);
        used += granted;
        return granted;
    }

    public long limit() {
        return limit;
    }

    public long used() {
        return used;
    }
}
