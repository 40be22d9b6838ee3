package dev.terrarium.runtime;

import dev.terrarium.runtime.external.Op;
import dev.terrarium.runtime.external.Reply;
import dev.terrarium.runtime.external.Request;
import java.math.BigInteger;

/**
 * {@code random.Random}: CPython's Mersenne Twister (MT19937) with CPython's seeding
 * ({@code init_by_array} over the seed's 32-bit words), so that a seeded run draws the same
 * numbers as CPython: {@code random()}, {@code getrandbits}, and the methods of random.py
 * built on them ({@code randrange}, {@code randint}, {@code choice}, {@code shuffle},
 * {@code sample}, {@code uniform}, {@code gauss}) with the same algorithms. An unseeded
 * generator is seeded from the controller's URANDOM.
 */
public final class PyRandom extends PyObject {
    public static final PyType TYPE = PyType.builtin("Random", PyType.OBJECT, (t, a, k) -> {
        ArgParser.noKeywords("Random", k);
        ArgParser.arity("Random", a, 0, 1);
        PyRandom r = new PyRandom();
        r.seed(a.length == 0 ? PyNone.INSTANCE : a[0]);
        return r;
    });

    private static final int N = 624;
    private static final int M = 397;

    private final int[] mt = new int[N];
    private int index = N + 1;
    private Double gaussNext;

    @Override
    public PyType type() {
        return TYPE;
    }

    // ---- the generator (CPython Modules/_randommodule.c) ------------------------------

    private void initGenrand(int s) {
        mt[0] = s;
        for (int i = 1; i < N; i++) {
            mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
        }
        index = N;
    }

    private void initByArray(int[] key) {
        initGenrand(19650218);
        int i = 1;
        int j = 0;
        for (int k = Math.max(N, key.length); k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= key.length) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x80000000;
        index = N;
    }

    private int genrand() {
        if (index >= N) {
            int kk;
            for (kk = 0; kk < N - M; kk++) {
                int y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
                mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) * 0x9908b0df);
            }
            for (; kk < N - 1; kk++) {
                int y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
                mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) * 0x9908b0df);
            }
            int y = (mt[N - 1] & 0x80000000) | (mt[0] & 0x7fffffff);
            mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) * 0x9908b0df);
            index = 0;
        }
        int y = mt[index++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }

    /** {@code seed(a)}: None from the controller's randomness, ints by value, str/bytes by SHA-512, others by hash. */
    void seed(PyObject a) {
        BigInteger n;
        if (a == PyNone.INSTANCE) {
            Reply r = GuestIO.door().call(Request.of(Op.URANDOM, (long) (N * 4)));
            if (!r.isOk()) {
                throw PyErrors.osError(r.errno(), null);
            }
            n = new BigInteger(1, reversed((byte[]) r.values().get(0)));
        } else if (a instanceof PyInt i) {
            n = i.asBig().abs();
        } else if (a instanceof PyStr || a instanceof PyBytesLike) {
            byte[] bytes = a instanceof PyStr s ? Codecs.encode(s.value(), "utf-8", "strict") : PyBytesLike.bytesOf(a);
            byte[] digest = Sha512.digest(bytes);
            byte[] all = new byte[bytes.length + digest.length];
            System.arraycopy(bytes, 0, all, 0, bytes.length);
            System.arraycopy(digest, 0, all, bytes.length, digest.length);
            n = new BigInteger(1, all);
        } else {
            n = BigInteger.valueOf(Ops.hash(a)).abs();
        }
        int words = Math.max(1, (n.bitLength() + 31) / 32);
        int[] key = new int[words];
        for (int w = 0; w < words; w++) {
            key[w] = n.shiftRight(32 * w).intValue();
        }
        initByArray(key);
        gaussNext = null;
    }

    private static byte[] reversed(byte[] b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = b[b.length - 1 - i];
        }
        return out;
    }

    /** {@code random()}: 53 random bits as a float in [0, 1). */
    double random() {
        long a = (genrand() >>> 5) & 0xffffffffL;
        long b = (genrand() >>> 6) & 0xffffffffL;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /** {@code getrandbits(k)}: 32-bit words, least significant first, the last one cut to size. */
    BigInteger getrandbits(long k) {
        if (k < 0) {
            throw PyErrors.valueError("number of bits must be non-negative");
        }
        if (k <= 32) {
            return k == 0 ? BigInteger.ZERO : BigInteger.valueOf((genrand() & 0xffffffffL) >>> (32 - k));
        }
        Budget.checkIntBits(k);
        BigInteger out = BigInteger.ZERO;
        int shift = 0;
        for (long left = k; left > 0; left -= 32) {
            long r = genrand() & 0xffffffffL;
            if (left < 32) {
                r >>>= 32 - left;
            }
            out = out.or(BigInteger.valueOf(r).shiftLeft(shift));
            shift += 32;
        }
        return out;
    }

    /** random.py's {@code _randbelow_with_getrandbits(n)}. */
    BigInteger randbelow(BigInteger n) {
        if (n.signum() == 0) {
            return BigInteger.ZERO;
        }
        int k = n.bitLength();
        BigInteger r = getrandbits(k);
        while (r.compareTo(n) >= 0) {
            r = getrandbits(k);
        }
        return r;
    }

    long randbelow(long n) {
        return randbelow(BigInteger.valueOf(n)).longValue();
    }

    /** random.py's {@code randrange(start, stop=None, step=1)}, with its messages. */
    BigInteger randrange(PyObject start, PyObject stop, PyObject step) {
        BigInteger istart = ArgParser.index(start).asBig();
        if (stop == null || stop == PyNone.INSTANCE) {
            if (step != null) {
                throw PyErrors.typeError("Missing a non-None stop argument");
            }
            if (istart.signum() > 0) {
                return randbelow(istart);
            }
            throw PyErrors.valueError("empty range for randrange()");
        }
        BigInteger istop = ArgParser.index(stop).asBig();
        BigInteger width = istop.subtract(istart);
        BigInteger istep = step == null ? BigInteger.ONE : ArgParser.index(step).asBig();
        if (istep.equals(BigInteger.ONE)) {
            if (width.signum() > 0) {
                return istart.add(randbelow(width));
            }
            throw PyErrors.valueError("empty range for randrange() (%s, %s, %s)", istart, istop, width);
        }
        BigInteger n;
        if (istep.signum() > 0) {
            n = floorDiv(width.add(istep).subtract(BigInteger.ONE), istep);
        } else if (istep.signum() < 0) {
            n = floorDiv(width.add(istep).add(BigInteger.ONE), istep);
        } else {
            throw PyErrors.valueError("zero step for randrange()");
        }
        if (n.signum() <= 0) {
            throw PyErrors.valueError("empty range for randrange()");
        }
        return istart.add(istep.multiply(randbelow(n)));
    }

    private static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        return qr[1].signum() != 0 && (qr[1].signum() != b.signum()) ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    /** random.py's {@code gauss(mu, sigma)}: Box-Muller, keeping the second value for the next call. */
    double gauss(double mu, double sigma) {
        Double z = gaussNext;
        gaussNext = null;
        if (z == null) {
            double x2pi = random() * 2 * Math.PI;
            double g2rad = Math.sqrt(-2.0 * Math.log(1.0 - random()));
            z = Math.cos(x2pi) * g2rad;
            gaussNext = Math.sin(x2pi) * g2rad;
        }
        return mu + z * sigma;
    }
}
