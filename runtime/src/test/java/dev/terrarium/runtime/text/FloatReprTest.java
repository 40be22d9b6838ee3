package dev.terrarium.runtime.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link FloatRepr} against CPython's {@code repr(float)} on 200,000+ doubles. */
class FloatReprTest {

    private static final String ORACLE = String.join("\n",
            "import sys, struct",
            "out = []",
            "for line in sys.stdin:",
            "    x = struct.unpack('>d', bytes.fromhex(line.strip()))[0]",
            "    r = repr(x)",
            "    assert str(x) == r",
            "    out.append(r)",
            "sys.stdout.write('\\n'.join(out) + '\\n')");

    @Test
    void reprMatchesCPython() {
        List<Double> values = new ArrayList<>();
        addEdgeCases(values);
        SplittableRandom random = new SplittableRandom(0x7e77a71L);
        while (values.size() < 120_000) {
            values.add(Double.longBitsToDouble(random.nextLong()));
        }
        while (values.size() < 210_000) {
            values.add(niceDecimal(random));
        }
        List<String> hex = new ArrayList<>(values.size());
        for (double d : values) {
            hex.add(String.format("%016x", Double.doubleToRawLongBits(d)));
        }
        List<String> expected = CPython.run(ORACLE, hex);

        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            double d = values.get(i);
            String actual = FloatRepr.repr(d);
            if (!actual.equals(expected.get(i)) || !FloatRepr.str(d).equals(actual)) {
                if (mismatches.size() < 20) {
                    mismatches.add(hex.get(i) + ": expected " + expected.get(i) + " got " + actual);
                } else {
                    mismatches.add("...");
                    break;
                }
            }
        }
        assertTrue(mismatches.isEmpty(), () -> "repr(float) differs from CPython:\n"
                + String.join("\n", mismatches));
    }

    @Test
    void reprReadsBackToTheSameDouble() {
        // Independent of the oracle: every repr must parse back exactly.
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 20_000; i++) {
            double d = Double.longBitsToDouble(random.nextLong());
            if (Double.isFinite(d)) {
                assertEquals(d, Double.parseDouble(FloatRepr.repr(d)), FloatRepr.repr(d));
            }
        }
    }

    private static void addEdgeCases(List<Double> values) {
        double[] fixed = {0.0, -0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.NaN, Double.MIN_VALUE, Double.MAX_VALUE, Double.MIN_NORMAL,
            Math.nextDown(Double.MIN_NORMAL), Math.nextDown(Double.MAX_VALUE),
            2 * Double.MIN_VALUE, 3 * Double.MIN_VALUE, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3,
            9007199254740992.0, 9007199254740993.0, 123456789012345678.0, 1e23, 5e-324};
        for (double d : fixed) {
            values.add(d);
            values.add(-d);
        }
        for (int e = -1074; e <= 1023; e++) {
            double p = Math.scalb(1.0, e);
            values.add(p);
            values.add(Math.nextUp(p));
            values.add(Math.nextDown(p));
        }
        for (int e = -325; e <= 309; e++) {
            double p = Double.parseDouble("1e" + e);
            values.add(p);
            values.add(Math.nextUp(p));
            values.add(Math.nextDown(p));
            values.add(Double.parseDouble("9.999999999999999e" + e));
            values.add(Double.parseDouble("1.5e" + e));
        }
        // Dyadic values 1 + odd/2^j (scaled): their exact decimal ends in 5, so the two
        // nearest candidates of one length can be exactly equally near (ties to even).
        SplittableRandom random = new SplittableRandom(5);
        for (int j = 1; j <= 52; j++) {
            for (int e = -1000; e <= 1000; e += 37) {
                long odd = random.nextLong(1L << j) | 1L;
                values.add(Math.scalb((double) ((1L << j) + odd), e - j));
            }
        }
        for (int i = 1; i < 2000; i++) {
            values.add(i * Double.MIN_VALUE);
            values.add((double) i);
            values.add(i / 1000.0);
        }
    }

    /** A decimal with 1..17 random digits and an exponent biased towards the switch points. */
    private static double niceDecimal(SplittableRandom random) {
        int digits = 1 + random.nextInt(17);
        StringBuilder sb = new StringBuilder();
        if (random.nextBoolean()) {
            sb.append('-');
        }
        sb.append(1 + random.nextInt(9));
        for (int i = 1; i < digits; i++) {
            sb.append(random.nextInt(10));
        }
        int exp = random.nextInt(4) == 0 ? random.nextInt(-340, 320) : random.nextInt(-25, 25);
        return Double.parseDouble(sb.append('e').append(exp).toString());
    }
}
