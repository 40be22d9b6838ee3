package dev.terrarium.runtime.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The shortest decimal digits that read back as a given positive finite double, as David
 * Gay's {@code _Py_dg_dtoa} produces them in mode 0 (CPython's Python/dtoa.c, used by
 * {@code repr(float)}).
 *
 * <p>Contract: among all decimal strings that round (IEEE round-half-even, as
 * {@code float(str)} reads) to the double, take those with the fewest significant digits;
 * among those take the one nearest the exact binary value; on an exact tie take the one
 * whose last digit is even.
 *
 * <p>Why not {@code Double.toString}: before JDK 19 it sometimes emits a digit more than
 * needed ({@code 4.9E-324} for CPython's {@code 5e-324}). It is still used as a cheap hint
 * for the length of the answer, which the exact search below then confirms or corrects.
 *
 * <p>Algorithm: the set of decimals that round to d is the interval between the midpoints
 * to its neighbouring doubles (endpoints included iff d's significand is even, because the
 * reader breaks ties to even). A p-digit decimal lies in that interval iff the nearer of the
 * two p-digit decimals bracketing d (floor and ceiling at p significant digits) does, and
 * "some p-digit decimal fits" is monotone in p, so the answer is the smallest fitting p.
 * All arithmetic is exact ({@link BigDecimal}), which makes this the slow reference path:
 * {@link ShortestDigits} uses it only where its 128-bit arithmetic cannot decide.
 */
final class ExactShortestDigits {

    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final MathContext[] FLOOR = new MathContext[18];
    private static final MathContext[] CEILING = new MathContext[18];

    static {
        for (int p = 1; p < 18; p++) {
            FLOOR[p] = new MathContext(p, RoundingMode.FLOOR);
            CEILING[p] = new MathContext(p, RoundingMode.CEILING);
        }
    }

    private ExactShortestDigits() {
    }

    /** Shortest round-tripping digits of {@code d}, which must be positive and finite. */
    static ShortestDigits of(double d) {
        if (!(d > 0) || Double.isInfinite(d)) {
            throw new IllegalArgumentException("not a positive finite double: " + d);
        }
        Search s = new Search(d);
        int p = hintLength(d);
        BigDecimal best = s.fit(p);
        if (best != null) {
            while (p > 1) {
                BigDecimal shorter = s.fit(p - 1);
                if (shorter == null) {
                    break;
                }
                best = shorter;
                p--;
            }
        } else {
            while (best == null) {
                p++;
                best = s.fit(p);
            }
        }
        BigDecimal stripped = best.stripTrailingZeros();
        String text = stripped.unscaledValue().toString();
        return new ShortestDigits(text, text.length() - stripped.scale());
    }

    /** Number of significant digits in {@code Double.toString(d)} (d positive, finite). */
    private static int hintLength(double d) {
        String t = Double.toString(d);
        int count = 0;
        int pendingZeros = 0;
        boolean started = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == 'E') {
                break;
            }
            if (c < '0' || c > '9') {
                continue;
            }
            if (c == '0') {
                if (started) {
                    pendingZeros++;
                }
            } else {
                started = true;
                count += pendingZeros + 1;
                pendingZeros = 0;
            }
        }
        return Math.max(1, Math.min(17, count));
    }

    /** The exact value of one double and its rounding interval. */
    private static final class Search {
        private final BigDecimal exact;
        private final BigDecimal low;
        private final BigDecimal high;
        private final boolean inclusive;

        Search(double d) {
            exact = new BigDecimal(d);
            BigDecimal below = new BigDecimal(Math.nextDown(d));
            double up = Math.nextUp(d);
            BigDecimal above = Double.isInfinite(up)
                    // Past MAX_VALUE the next "double" would be 2^1024.
                    ? exact.add(new BigDecimal(Math.ulp(d)))
                    : new BigDecimal(up);
            low = exact.add(below).multiply(HALF);
            high = exact.add(above).multiply(HALF);
            inclusive = (Double.doubleToRawLongBits(d) & 1L) == 0;
        }

        /** The best p-digit decimal that rounds to d, or null if none does. */
        BigDecimal fit(int p) {
            if (p > 17) {
                // 17 digits always suffice; treat larger requests as 17.
                p = 17;
            }
            BigDecimal floor = exact.round(FLOOR[p]);
            BigDecimal ceiling = exact.round(CEILING[p]);
            boolean floorFits = inside(floor);
            boolean ceilingFits = inside(ceiling);
            if (floorFits && ceilingFits) {
                int cmp = exact.subtract(floor).compareTo(ceiling.subtract(exact));
                if (cmp < 0) {
                    return floor;
                }
                if (cmp > 0) {
                    return ceiling;
                }
                return lastDigitEven(floor) ? floor : ceiling;
            }
            if (floorFits) {
                return floor;
            }
            return ceilingFits ? ceiling : null;
        }

        private boolean inside(BigDecimal x) {
            int lo = x.compareTo(low);
            int hi = x.compareTo(high);
            if (inclusive) {
                return lo >= 0 && hi <= 0;
            }
            return lo > 0 && hi < 0;
        }

        private static boolean lastDigitEven(BigDecimal x) {
            return !x.unscaledValue().testBit(0);
        }
    }
}
