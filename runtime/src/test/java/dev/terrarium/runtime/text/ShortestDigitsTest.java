package dev.terrarium.runtime.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The fast shortest-digits path against the exact BigDecimal reference. */
class ShortestDigitsTest {

    @Test
    void log10ApproximationsAreExactOverTheDoubleExponents() {
        for (int q = -1100; q <= 1000; q++) {
            BigDecimal p = q >= 0 ? new BigDecimal(java.math.BigInteger.TWO.pow(q))
                    : BigDecimal.ONE.divide(new BigDecimal(java.math.BigInteger.TWO.pow(-q)));
            assertEquals(floorLog10(p), ShortestDigits.floorLog10Pow2(q), "q=" + q);
            BigDecimal threeQuarters = p.multiply(new BigDecimal("0.75"));
            assertEquals(floorLog10(threeQuarters), ShortestDigits.floorLog10ThreeQuartersPow2(q),
                    "3/4 q=" + q);
        }
    }

    @Test
    void fastPathAgreesWithExactPathOnEveryExponent() {
        SplittableRandom random = new SplittableRandom(99);
        int checked = 0;
        int undecided = 0;
        for (long biased = 1; biased <= 2046; biased++) {
            long[] fractions = {0, 1, 2, (1L << 52) - 1, (1L << 52) - 2, 1L << 51,
                random.nextLong() & ((1L << 52) - 1), random.nextLong() & ((1L << 52) - 1),
                random.nextLong() & ((1L << 52) - 1) & ~0xFFFFFFFL};
            for (long f : fractions) {
                double d = Double.longBitsToDouble(biased << 52 | f);
                undecided += compare(d) ? 0 : 1;
                checked++;
            }
        }
        for (int i = 0; i < 60_000; i++) {
            double d = Math.abs(Double.longBitsToDouble(random.nextLong()));
            if (Double.isFinite(d) && d > 0) {
                undecided += compare(d) ? 0 : 1;
                checked++;
            }
        }
        for (int i = 0; i < 20_000; i++) {
            // Short decimals: the common case in programs, and full of exact products.
            double d = (1 + random.nextInt(1_000_000)) * Math.pow(10, random.nextInt(-30, 30));
            undecided += compare(d) ? 0 : 1;
            checked++;
        }
        int finalUndecided = undecided;
        int finalChecked = checked;
        assertTrue(undecided * 1000 < checked,
                () -> "fast path undecided too often: " + finalUndecided + " of " + finalChecked);
    }

    /** Asserts agreement when the fast path decides; returns whether it decided. */
    private static boolean compare(double d) {
        ShortestDigits fast = ShortestDigits.fast(d);
        if (fast == null) {
            return false;
        }
        ShortestDigits exact = ExactShortestDigits.of(d);
        String where = Long.toHexString(Double.doubleToRawLongBits(d));
        assertEquals(exact.digits(), fast.digits(), where);
        assertEquals(exact.decimalPoint(), fast.decimalPoint(), where);
        return true;
    }

    private static int floorLog10(BigDecimal x) {
        // x = unscaled * 10^-scale; floor(log10 x) = precision - scale - 1.
        return x.precision() - x.scale() - 1;
    }
}
