package dev.terrarium.runtime;

import java.math.BigInteger;

/** Correctly rounded int / int for operands too large for exact doubles (CPython {@code long_true_divide}). */
final class IntDivision {
    private IntDivision() {}

    static double correctlyRounded(BigInteger a, BigInteger b) {
        // 17 significant digits are not always enough for a correctly rounded double; compute the
        // quotient's binary digits instead: scale so the integer quotient has 55+ bits, then round.
        boolean negative = a.signum() * b.signum() < 0;
        BigInteger x = a.abs();
        BigInteger y = b.abs();
        int shift = 55 - (x.bitLength() - y.bitLength());
        BigInteger q;
        BigInteger r;
        if (shift >= 0) {
            BigInteger[] qr = x.shiftLeft(shift).divideAndRemainder(y);
            q = qr[0];
            r = qr[1];
        } else {
            BigInteger[] qr = x.divideAndRemainder(y.shiftLeft(-shift));
            q = qr[0];
            r = qr[1];
        }
        if (r.signum() != 0) {
            q = q.setBit(0); // sticky bit: the quotient is not exact
        }
        // q has at most 57 bits, so this conversion rounds once, correctly (half-even).
        double result = Math.scalb(q.doubleValue(), -shift);
        if (Double.isInfinite(result)) {
            throw PyErrors.overflowError("integer division result too large for a float");
        }
        return negative ? -result : result;
    }
}
