package dev.terrarium.controller.trace;

import dev.terrarium.runtime.HashSeed;
import java.nio.file.Path;

/**
 * What a run does with its calls: trace them to a file, record them, replay them from a
 * record instead of asking the host, and answer the clock and randomness deterministically
 * from {@code seed}. Each path is null when unused. Replay excludes record and
 * deterministic (the record answers everything already). {@code hashSeed} is the
 * seed of str and bytes hashes (see {@link #withHashSeed}).
 */
public record CallLogSettings(Path trace, Path record, Path replay, boolean deterministic, long seed,
        Long hashSeed) {
    /** The seed {@code --deterministic} uses unless {@code --seed} gives another. */
    public static final long DEFAULT_SEED = 0;

    /** No trace, no record, no replay, the real clock and randomness. */
    public static final CallLogSettings NONE = new CallLogSettings(null, null, null, false, DEFAULT_SEED, 0L);

    public CallLogSettings {
        if (replay != null && record != null) {
            throw new IllegalArgumentException("--replay and --record cannot be combined");
        }
        if (hashSeed != null && (hashSeed < 0 || hashSeed > HashSeed.MAX)) {
            throw new IllegalArgumentException("--hash-seed must be 'random' or in range [0; 4294967295]: " + hashSeed);
        }
        if (hashSeed == null && deterministic) {
            throw new IllegalArgumentException("--hash-seed random contradicts --deterministic");
        }
        if (replay != null && deterministic) {
            throw new IllegalArgumentException(
                    "--replay answers the clock and randomness from the record; --deterministic does not apply");
        }
    }

    public CallLogSettings withTrace(Path file) {
        return new CallLogSettings(file, record, replay, deterministic, seed, hashSeed);
    }

    public CallLogSettings withRecord(Path file) {
        return new CallLogSettings(trace, file, replay, deterministic, seed, hashSeed);
    }

    public CallLogSettings withReplay(Path file) {
        return new CallLogSettings(trace, record, file, deterministic, seed, hashSeed);
    }

    public CallLogSettings withDeterministic(boolean on) {
        return new CallLogSettings(trace, record, replay, on, seed, hashSeed);
    }

    public CallLogSettings withSeed(long value) {
        return new CallLogSettings(trace, record, replay, deterministic, value, hashSeed);
    }

    /**
     * The seed of str and bytes hashes, as CPython's {@code PYTHONHASHSEED} (0, the default:
     * the fixed key), or null for one chosen at random for each run, as CPython does by default.
     * A replay uses the seed of its record.
     */
    public CallLogSettings withHashSeed(Long value) {
        return new CallLogSettings(trace, record, replay, deterministic, seed, value);
    }

    /** Whether the run answers its calls from a record rather than from the host. */
    public boolean replaying() {
        return replay != null;
    }
}
