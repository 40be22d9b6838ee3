package dev.terrarium.runtime;

/**
 * The seed of {@code hash(str)} and {@code hash(bytes)}, as CPython's {@code PYTHONHASHSEED}
 * (Python/bootstrap_hash.c): seed 0 is the zero key (the default here, and CPython's with
 * {@code PYTHONHASHSEED=0}); any other seed from 1 to 4294967295 fills the 16 key bytes
 * with CPython's linear congruential generator ({@code x = x * 214013 + 2531011}, byte
 * {@code (x >> 16) & 0xff}), read as two little-endian 64-bit words. So a run with seed N
 * hashes strings, and orders sets of strings, as {@code PYTHONHASHSEED=N python3} does.
 *
 * <p>The key is process-wide: the sandbox child sets it once, first thing, from the
 * controller's {@code --hash-seed}; setting it after a str or bytes was hashed would break
 * every dict and set holding one.
 */
public final class HashSeed {
    private HashSeed() {}

    /** The largest seed, as CPython's. */
    public static final long MAX = 4_294_967_295L;

    /** Uses the key of {@code seed} (0 to {@link #MAX}) for every str and bytes hashed from now on. */
    public static void use(long seed) {
        long[] key = key(seed);
        StringHash.useKey(key[0], key[1]);
    }

    /** The SipHash key {@code [k0, k1]} CPython derives from {@code seed}. */
    static long[] key(long seed) {
        if (seed < 0 || seed > MAX) {
            throw new IllegalArgumentException("hash seed must be in range [0; 4294967295]: " + seed);
        }
        if (seed == 0) {
            return new long[] {0, 0};
        }
        int x = (int) seed;
        long[] key = new long[2];
        for (int i = 0; i < 16; i++) {
            x = x * 214013 + 2531011;
            key[i / 8] |= ((long) ((x >>> 16) & 0xFF)) << (8 * (i % 8));
        }
        return key;
    }
}
