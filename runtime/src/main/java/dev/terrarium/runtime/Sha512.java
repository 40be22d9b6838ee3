package dev.terrarium.runtime;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-512, which every JDK provides (random.seed of a str or bytes hashes it, as CPython does). */
final class Sha512 {
    private Sha512() {}

    static byte[] digest(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-512").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-512", e);
        }
    }
}
