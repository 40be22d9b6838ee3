package dev.terrarium.controller.trace;

import java.nio.file.Path;

/**
 * What a run does with its calls: trace them to a file, record them, replay them from a
 * record instead of asking the host, and answer the clock and randomness deterministically
 * from {@code seed}. Each path is null when unused. Replay excludes record and
 * deterministic (the record answers everything already).
 */
public record CallLogSettings(Path trace, Path record, Path replay, boolean deterministic, long seed) {
    /** The seed {@code --deterministic} uses unless {@code --seed} gives another. */
    public static final long DEFAULT_SEED = 0;

    /** No trace, no record, no replay, the real clock and randomness. */
    public static final CallLogSettings NONE = new CallLogSettings(null, null, null, false, DEFAULT_SEED);

    public CallLogSettings {
        if (replay != null && record != null) {
            throw new IllegalArgumentException("--replay and --record cannot be combined");
        }
        if (replay != null && deterministic) {
            throw new IllegalArgumentException(
                    "--replay answers the clock and randomness from the record; --deterministic does not apply");
        }
    }

    public CallLogSettings withTrace(Path file) {
        return new CallLogSettings(file, record, replay, deterministic, seed);
    }

    public CallLogSettings withRecord(Path file) {
        return new CallLogSettings(trace, file, replay, deterministic, seed);
    }

    public CallLogSettings withReplay(Path file) {
        return new CallLogSettings(trace, record, file, deterministic, seed);
    }

    public CallLogSettings withDeterministic(boolean on) {
        return new CallLogSettings(trace, record, replay, on, seed);
    }

    public CallLogSettings withSeed(long value) {
        return new CallLogSettings(trace, record, replay, deterministic, value);
    }

    /** Whether the run answers its calls from a record rather than from the host. */
    public boolean replaying() {
        return replay != null;
    }
}
