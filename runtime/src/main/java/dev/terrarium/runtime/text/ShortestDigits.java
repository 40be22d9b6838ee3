package dev.terrarium.runtime.text;

import java.math.BigInteger;

/**
 * The shortest decimal digits that read back as a given positive finite double, as David
 * Gay's {@code _Py_dg_dtoa} produces them in mode 0 (CPython's Python/dtoa.c, used by
 * {@code repr(float)}); the contract is stated on {@link ExactShortestDigits}, the slow
 * exact reference this class falls back to.
 *
 * <p>Fast path (normal doubles; the idea is that of Giulietti's Schubfach, the arithmetic
 * and its safety checks are our own). Write the double as v = c * 2^q. The decimals that
 * read back as v form the interval I between the midpoints to the neighbouring doubles; its
 * width is 2^q (3/4 * 2^q just above a power of two). Pick k with 10^k <= width < 10^(k+1).
 * Then I holds at most one multiple of 10^(k+1) and at least one multiple of 10^k, so the
 * answer is that multiple of 10^(k+1) if there is one, else whichever of s*10^k and
 * (s+1)*10^k (s = floor(v / 10^k)) lies in I and is nearer v (a tie goes to the even one).
 * Every decision compares an integer with X = N * 2^q / 10^k for N in {4c - 2 (or 4c - 1),
 * 4c, 4c + 2}, the interval ends and v in quarter units. X is computed with a truncated
 * 128-bit mantissa of 10^-k: the result is low by less than 2^-69, so its floor is exact
 * unless the computed fraction is within 2^-64 of 1; whether X is an integer is decided
 * exactly by divisibility (by 5^k, or by the power of two left over). In the undecidable
 * case, and for subnormals (where the "one multiple of 10^(k+1)" argument does not settle
 * which of two one-digit decimals is nearer), the exact path answers instead.
 */
final class ShortestDigits {

    private final String digits;
    private final int decimalPoint;

    ShortestDigits(String digits, int decimalPoint) {
        this.digits = digits;
        this.decimalPoint = decimalPoint;
    }

    /** Significant digits: no leading or trailing zero, at least one digit. */
    String digits() {
        return digits;
    }

    /** Gay's {@code decpt}: the value is 0.digits x 10^decimalPoint. */
    int decimalPoint() {
        return decimalPoint;
    }

    /** Shortest round-tripping digits of {@code d}, which must be positive and finite. */
    static ShortestDigits of(double d) {
        ShortestDigits fast = fast(d);
        return fast != null ? fast : ExactShortestDigits.of(d);
    }

    private static final long SIGNIFICAND_MASK = (1L << 52) - 1;
    private static final long HIDDEN_BIT = 1L << 52;
    static final int K_MIN = -325;
    static final int K_MAX = 292;

    /**
     * The fast path's answer, or null when it cannot decide (subnormals, or an X too close
     * to an integer from below). Package-private so tests can compare it with the exact path.
     */
    static ShortestDigits fast(double v) {
        long bits = Double.doubleToRawLongBits(v);
        int biasedExp = (int) (bits >>> 52) & 0x7FF;
        long fraction = bits & SIGNIFICAND_MASK;
        if (biasedExp == 0 || biasedExp == 0x7FF || bits < 0) {
            return null;
        }
        long c = fraction | HIDDEN_BIT;
        int q = biasedExp - 1075;
        boolean irregular = fraction == 0 && biasedExp > 1;
        int k = irregular ? floorLog10ThreeQuartersPow2(q) : floorLog10Pow2(q);
        long cb = c << 2;
        long cbl = irregular ? cb - 1 : cb - 2;
        long cbr = cb + 2;
        int row = k - K_MIN;
        long gHi = Pow10Table.HI[row];
        long gLo = Pow10Table.LO[row];
        int shift = -(q + Pow10Table.EXP[row]);

        boolean intL = isInteger(cbl, q, k);
        boolean intM = isInteger(cb, q, k);
        boolean intR = isInteger(cbr, q, k);
        long xl = scaledFloor(cbl, gHi, gLo, shift, intL);
        long xm = scaledFloor(cb, gHi, gLo, shift, intM);
        long xr = scaledFloor(cbr, gHi, gLo, shift, intR);
        if (xl < 0 || xm < 0 || xr < 0) {
            return null;
        }
        boolean inclusive = (c & 1) == 0;

        long s = xm >>> 2;
        long sp10 = s / 10 * 10;
        long tp10 = sp10 + 10;
        boolean sp10In = aboveLower(sp10 << 2, xl, intL, inclusive);
        boolean tp10In = belowUpper(tp10 << 2, xr, intR, inclusive);
        if (sp10In != tp10In) {
            return result(sp10In ? sp10 : tp10, k);
        }
        if (sp10In) {
            return null; // two multiples of 10^(k+1) in I: impossible, leave it to the exact path
        }
        long t = s + 1;
        boolean sIn = aboveLower(s << 2, xl, intL, inclusive);
        boolean tIn = belowUpper(t << 2, xr, intR, inclusive);
        if (sIn && tIn) {
            long mid = (s << 2) + 2; // v compared with (s + 1/2) * 10^k, in quarter units
            if (xm < mid) {
                return result(s, k);
            }
            if (xm == mid && intM) {
                return result((s & 1) == 0 ? s : t, k);
            }
            return result(t, k);
        }
        if (sIn || tIn) {
            return result(sIn ? s : t, k);
        }
        return null; // cannot happen: I always holds s*10^k or (s+1)*10^k
    }

    /** Candidate (in quarter units) at or above the lower end: > X, or >= X when inclusive. */
    private static boolean aboveLower(long candidate4, long floorX, boolean exact,
            boolean inclusive) {
        return candidate4 > floorX || (inclusive && exact && candidate4 == floorX);
    }

    /** Candidate (in quarter units) at or below the upper end: < X, or <= X when inclusive. */
    private static boolean belowUpper(long candidate4, long floorX, boolean exact,
            boolean inclusive) {
        return candidate4 < floorX || (candidate4 == floorX && (inclusive || !exact));
    }

    private static ShortestDigits result(long digits, int k) {
        while (digits % 10 == 0) {
            digits /= 10;
            k++;
        }
        String text = Long.toString(digits);
        return new ShortestDigits(text, text.length() + k);
    }

    /** Whether N * 2^q / 10^k is an integer (exact; 10^k <= 2^q < 10^(k+2) holds). */
    private static boolean isInteger(long n, int q, int k) {
        if (k >= 0) {
            // q >= k, so X = N * 2^(q-k) / 5^k; N < 2^57 < 5^25.
            return k == 0 || (k < 25 && n % POW5[k] == 0);
        }
        int m = -k; // X = N * 5^m * 2^(q+m)
        int twos = q + m;
        return twos >= 0 || Long.numberOfTrailingZeros(n) >= -twos;
    }

    private static final long[] POW5 = new long[25];

    static {
        POW5[0] = 1;
        for (int i = 1; i < POW5.length; i++) {
            POW5[i] = POW5[i - 1] * 5;
        }
    }

    /**
     * floor(N * g / 2^shift) for the 128-bit g = gHi:gLo, corrected to the floor of the exact
     * X (which is below the computed value by less than 2^-69); -1 if undecidable.
     */
    private static long scaledFloor(long n, long gHi, long gLo, int shift, boolean exact) {
        long l0 = n * gLo;
        long h0 = unsignedMultiplyHigh(n, gLo);
        long l1 = n * gHi;
        long h1 = unsignedMultiplyHigh(n, gHi);
        long p0 = l0;
        long p1 = l1 + h0;
        long p2 = h1 + (Long.compareUnsigned(p1, l1) < 0 ? 1 : 0);
        // shift is in [124, 127]: the integer part straddles p2 and p1.
        long integer = (p2 << (128 - shift)) | (p1 >>> (shift - 64));
        long fractionHigh = (p1 << (128 - shift)) | (p0 >>> (shift - 64));
        boolean fractionNonZero = fractionHigh != 0 || (p0 << (128 - shift)) != 0;
        if (exact) {
            // The computed value is X minus less than 2^-69: X is the next integer up.
            return fractionNonZero ? integer + 1 : integer;
        }
        return fractionHigh == -1L ? -1 : integer;
    }

    /** The high 64 bits of the unsigned 128-bit product (n is non-negative). */
    private static long unsignedMultiplyHigh(long n, long g) {
        return Math.multiplyHigh(n, g) + ((g >> 63) & n);
    }

    /** floor(q * log10(2)), exact for |q| <= 2^11 (checked exhaustively by the tests). */
    static int floorLog10Pow2(int q) {
        return (int) ((q * 661_971_961_083L) >> 41);
    }

    /** floor(q * log10(2) + log10(3/4)), exact on the double exponent range (tested). */
    static int floorLog10ThreeQuartersPow2(int q) {
        return (int) ((q * 661_971_961_083L - 274_743_187_321L) >> 41);
    }

    /**
     * g_k = floor(10^-k * 2^-e_k) in [2^127, 2^128) for K_MIN <= k <= K_MAX, built once on
     * first use (a few milliseconds of BigInteger arithmetic).
     */
    static final class Pow10Table {
        static final long[] HI = new long[K_MAX - K_MIN + 1];
        static final long[] LO = new long[K_MAX - K_MIN + 1];
        static final int[] EXP = new int[K_MAX - K_MIN + 1];

        static {
            for (int k = K_MIN; k <= K_MAX; k++) {
                BigInteger g;
                int e;
                if (k <= 0) {
                    BigInteger a = BigInteger.TEN.pow(-k);
                    int bl = a.bitLength();
                    g = bl <= 128 ? a.shiftLeft(128 - bl) : a.shiftRight(bl - 128);
                    e = bl - 128;
                } else {
                    BigInteger b = BigInteger.TEN.pow(k);
                    int bl = b.bitLength();
                    g = BigInteger.ONE.shiftLeft(bl + 127).divide(b);
                    e = -(bl + 127);
                }
                HI[k - K_MIN] = g.shiftRight(64).longValue();
                LO[k - K_MIN] = g.longValue();
                EXP[k - K_MIN] = e;
            }
        }

        private Pow10Table() {
        }
    }
}
