package dev.terrarium.runtime;

/**
 * The hash of {@code str} and {@code bytes} as CPython 3.11 computes it (compare
 * Python/pyhash.c): SipHash-1-3 over the object's bytes — for a str, its code points in
 * CPython's compact layout (1, 2 or 4 little-endian bytes each, by the widest code point).
 * The key is zero, which is CPython's key under {@code PYTHONHASHSEED=0}, so sets of strings
 * iterate in the order CPython shows with that setting; {@link HashSeed#use} gives the key of
 * another {@code PYTHONHASHSEED}.
 */
final class StringHash {
    private StringHash() {}

    // The SipHash key: zero unless HashSeed.use chose another before the first hash.
    private static long k0;
    private static long k1;

    /** Sets the key ({@link HashSeed#use}); only before any str or bytes has been hashed. */
    static void useKey(long key0, long key1) {
        k0 = key0;
        k1 = key1;
    }

    /** {@code hash(s)} for a str. */
    static long ofString(String s) {
        int n = s.length();
        if (n == 0) {
            return 0;
        }
        int kind = 1;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                kind = 4;
                break;
            }
            if (c > 0xFF) {
                kind = 2;
            }
        }
        int cps = kind == 4 ? s.codePointCount(0, n) : n;
        byte[] data = new byte[cps * kind];
        int k = 0;
        for (int i = 0; i < n; ) {
            int cp = kind == 4 ? s.codePointAt(i) : s.charAt(i);
            i += kind == 4 ? Character.charCount(cp) : 1;
            for (int b = 0; b < kind; b++) {
                data[k++] = (byte) (cp >>> (8 * b));
            }
        }
        return ofBytes(data, data.length);
    }

    /** {@code hash(b)} for bytes (CPython's {@code _Py_HashBytes}). */
    static long ofBytes(byte[] data, int length) {
        if (length == 0) {
            return 0;
        }
        long h = sipHash13(data, length);
        return h == -1 ? -2 : h;
    }

    private static long sipHash13(byte[] in, int size) {
        long v0 = k0 ^ 0x736f6d6570736575L;
        long v1 = k1 ^ 0x646f72616e646f6dL;
        long v2 = k0 ^ 0x6c7967656e657261L;
        long v3 = k1 ^ 0x7465646279746573L;
        int off = 0;
        int left = size;
        while (left >= 8) {
            long m = 0;
            for (int b = 7; b >= 0; b--) {
                m = (m << 8) | (in[off + b] & 0xFFL);
            }
            off += 8;
            left -= 8;
            v3 ^= m;
            // one SipRound
            v0 += v1;
            v2 += v3;
            v1 = Long.rotateLeft(v1, 13) ^ v0;
            v3 = Long.rotateLeft(v3, 16) ^ v2;
            v0 = Long.rotateLeft(v0, 32);
            v2 += v1;
            v0 += v3;
            v1 = Long.rotateLeft(v1, 17) ^ v2;
            v3 = Long.rotateLeft(v3, 21) ^ v0;
            v2 = Long.rotateLeft(v2, 32);
            v0 ^= m;
        }
        long t = 0;
        for (int b = left - 1; b >= 0; b--) {
            t = (t << 8) | (in[off + b] & 0xFFL);
        }
        long b = ((long) size << 56) | t;
        v3 ^= b;
        long[] v = {v0, v1, v2, v3};
        round(v);
        v[0] ^= b;
        v[2] ^= 0xff;
        round(v);
        round(v);
        round(v);
        return (v[0] ^ v[1]) ^ (v[2] ^ v[3]);
    }

    private static void round(long[] v) {
        v[0] += v[1];
        v[2] += v[3];
        v[1] = Long.rotateLeft(v[1], 13) ^ v[0];
        v[3] = Long.rotateLeft(v[3], 16) ^ v[2];
        v[0] = Long.rotateLeft(v[0], 32);
        v[2] += v[1];
        v[0] += v[3];
        v[1] = Long.rotateLeft(v[1], 17) ^ v[2];
        v[3] = Long.rotateLeft(v[3], 21) ^ v[0];
        v[2] = Long.rotateLeft(v[2], 32);
    }
}
