package dev.terrarium.controller.trace;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A reproducible stream of random-looking bytes for {@code --deterministic}: SHA-256 of
 * (seed, block counter) for block 0, 1, 2, ... Defined by the algorithm alone (unlike
 * {@code java.util.Random} subclasses), so a seed gives the same bytes on every JDK.
 * Not for secrets: anyone who knows the seed knows the bytes.
 */
final class SeededBytes {
    private final long seed;
    private final MessageDigest sha256;
    private long counter;
    private byte[] block = new byte[0];
    private int used;

    SeededBytes(long seed) {
        this.seed = seed;
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The next {@code n} bytes of the stream. */
    byte[] next(int n) {
        byte[] out = new byte[n];
        for (int i = 0; i < n; i++) {
            if (used == block.length) {
                block = sha256.digest(ByteBuffer.allocate(16).putLong(seed).putLong(counter++).array());
                used = 0;
            }
            out[i] = block[used++];
        }
        return out;
    }
}
