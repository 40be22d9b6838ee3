package dev.terrarium.runtime.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link NumberParser} against CPython's {@code int(str, base)} and {@code float(str)}. */
class NumberParserTest {

    /** Fragments that random texts are glued from: valid pieces, near misses and traps. */
    private static final String[] TOKENS = {
        "0", "1", "7", "9", "2", "a", "f", "z", "Z", "g", "_", "__", " ", "\t", "\n", "\u000b",
        "+", "-", "0x", "0o", "0b", "0X", "0O", "0B", "x", "b", "o", ".", "e", "E", "e+", "e-",
        "inf", "INF", "Infinity", "infinit", "nan", "NaN", "nan(1)", "\u0661", "\u0663",
        "\uff11", "\uff41", "\u00a0", "\u2003", "\u3000", "\u001c", "\u001f", "\u0085",
        "\u007f", "\u00e9", "\ud800", "\udc00", "\ud83d\ude00", "\ud81a\udec1", "\u0000", "d",
        "D", "L", "1e5", "123456789", "99999999999999999999", "0.5", "1_000", "0x_1f", "0_0",
        "00", "010", "\u00b2", "\u2155", "\u0e53", "\u1369",
    };

    private static final String INT_ORACLE = String.join("\n",
            "import sys",
            "out = []",
            "for line in sys.stdin:",
            "    base, limit, h = line.split()",
            "    s = " + Utf16Hex.PY_DECODE,
            "    sys.set_int_max_str_digits(int(limit))",
            "    try:",
            "        out.append('OK ' + format(int(s, int(base)), 'x'))",
            "    except ValueError as e:",
            "        m = str(e)",
            "        out.append('LIMIT ' + m if m.startswith('Exceeds') else 'INVALID')",
            "sys.stdout.write('\\n'.join(out) + '\\n')");

    private static final String FLOAT_ORACLE = String.join("\n",
            "import sys, struct, math",
            "out = []",
            "for line in sys.stdin:",
            "    h = line.strip()",
            "    s = " + Utf16Hex.PY_DECODE,
            "    try:",
            "        v = float(s)",
            "        out.append('NAN' if math.isnan(v) else 'OK ' + struct.pack('>d', v).hex())",
            "    except ValueError:",
            "        out.append('INVALID')",
            "sys.stdout.write('\\n'.join(out) + '\\n')");

    @Test
    void parseIntMatchesCPython() {
        SplittableRandom random = new SplittableRandom(20261128);
        List<String> texts = new ArrayList<>();
        List<Integer> bases = new ArrayList<>();
        List<Integer> limits = new ArrayList<>();
        int[] someBases = {0, 0, 0, 10, 10, 2, 8, 16, 36, 3, 7, 12, 32};
        for (int i = 0; i < 30_000; i++) {
            String text = random.nextInt(3) == 0 ? validIntText(random) : tokenSoup(random);
            texts.add(text);
            bases.add(someBases[random.nextInt(someBases.length)]);
            limits.add(4300);
        }
        // The digit limit: lengths around it, in limited and unlimited bases.
        int[] limitValues = {4300, 640, 0, 5000};
        for (int i = 0; i < 200; i++) {
            int limit = limitValues[random.nextInt(limitValues.length)];
            int len = (limit == 0 ? 4300 : limit) - 3 + random.nextInt(7);
            int base = random.nextInt(4) == 0 ? 16 : random.nextInt(3) == 0 ? 0 : 10;
            StringBuilder sb = new StringBuilder(random.nextBoolean() ? " -" : "");
            for (int k = 0; k < len; k++) {
                sb.append((char) ('0' + (k == 0 && base == 0 ? 1 + random.nextInt(9)
                        : random.nextInt(10))));
                if (random.nextInt(50) == 0) {
                    sb.append('_');
                }
            }
            if (sb.charAt(sb.length() - 1) == '_') {
                sb.append('1');
            }
            int trap = random.nextInt(8);
            if (trap == 0) {
                sb.append('x');
            } else if (trap == 1) {
                sb.append("__1");
            } else if (trap == 2) {
                sb.insert(0, "0");
            }
            texts.add(sb.toString());
            bases.add(base);
            limits.add(limit);
        }
        List<String> input = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            input.add(bases.get(i) + " " + limits.get(i) + " " + Utf16Hex.encode(texts.get(i)));
        }
        List<String> expected = CPython.run(INT_ORACLE, input);

        List<String> mismatches = new ArrayList<>();
        int valid = 0;
        for (int i = 0; i < texts.size() && mismatches.size() < 20; i++) {
            String actual;
            try {
                BigInteger v = NumberParser.parseInt(texts.get(i), bases.get(i), limits.get(i));
                actual = v == null ? "INVALID" : "OK " + v.toString(16);
                Number compact = NumberParser.parseIntCompact(texts.get(i), bases.get(i),
                        limits.get(i));
                if (v != null && !(compact instanceof Long == (v.bitLength() < 64)
                        && new BigInteger(compact.toString()).equals(v))) {
                    actual = "compact form " + compact + " disagrees";
                }
            } catch (IntDigitLimitExceededException e) {
                actual = "LIMIT " + e.getMessage();
            }
            if (expected.get(i).startsWith("OK")) {
                valid++;
            }
            if (!actual.equals(expected.get(i))) {
                mismatches.add("int(" + py(texts.get(i)) + ", " + bases.get(i) + ") limit "
                        + limits.get(i) + ": expected " + cut(expected.get(i)) + " got "
                        + cut(actual));
            }
        }
        assertTrue(mismatches.isEmpty(), () -> "int(str) differs from CPython:\n"
                + String.join("\n", mismatches));
        assertTrue(valid > 5_000, "too few valid texts to be a meaningful test: " + valid);
    }

    @Test
    void parseFloatMatchesCPython() {
        SplittableRandom random = new SplittableRandom(1128);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 30_000; i++) {
            int kind = random.nextInt(4);
            texts.add(kind == 0 ? tokenSoup(random)
                    : kind == 1 ? validFloatText(random) : nearHalfway(random));
        }
        List<String> input = new ArrayList<>();
        for (String t : texts) {
            input.add(Utf16Hex.encode(t));
        }
        List<String> expected = CPython.run(FLOAT_ORACLE, input);

        List<String> mismatches = new ArrayList<>();
        int valid = 0;
        for (int i = 0; i < texts.size() && mismatches.size() < 20; i++) {
            Double v = NumberParser.parseFloat(texts.get(i));
            String actual = v == null ? "INVALID" : v.isNaN() ? "NAN"
                    : String.format("OK %016x", Double.doubleToRawLongBits(v));
            if (expected.get(i).startsWith("OK")) {
                valid++;
            }
            if (!actual.equals(expected.get(i))) {
                mismatches.add("float(" + py(texts.get(i)) + "): expected " + expected.get(i)
                        + " got " + actual);
            }
        }
        assertTrue(mismatches.isEmpty(), () -> "float(str) differs from CPython:\n"
                + String.join("\n", mismatches));
        assertTrue(valid > 15_000, "too few valid texts to be a meaningful test: " + valid);
    }

    @Test
    void badBaseIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NumberParser.parseInt("1", 37));
        assertEquals(NumberParser.BAD_BASE_MESSAGE, e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> NumberParser.parseInt("1", 1));
        assertThrows(IllegalArgumentException.class, () -> NumberParser.parseInt("1", -1));
    }

    @Test
    void hugePowerOfTwoBaseTextIsLinear() {
        // 2,000,000 hex digits: quadratic conversion would take minutes.
        StringBuilder sb = new StringBuilder("0x");
        for (int i = 0; i < 2_000_000; i++) {
            sb.append("f");
        }
        BigInteger v = NumberParser.parseInt(sb, 0, IntDigitLimit.DEFAULT_MAX_STR_DIGITS);
        assertEquals(BigInteger.ONE.shiftLeft(8_000_000).subtract(BigInteger.ONE), v);
    }

    private static String tokenSoup(SplittableRandom random) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + random.nextInt(6);
        for (int i = 0; i < n; i++) {
            sb.append(TOKENS[random.nextInt(TOKENS.length)]);
        }
        return sb.toString();
    }

    private static final String[] SPACES = {"", "", "", " ", "\t\n", "\u00a0", "\u2028", "\f"};
    private static final String DIGITS36 = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private static String validIntText(SplittableRandom random) {
        int[] bases = {2, 8, 10, 16, 10, 36, 5};
        int base = bases[random.nextInt(bases.length)];
        StringBuilder sb = new StringBuilder(SPACES[random.nextInt(SPACES.length)]);
        sb.append(random.nextInt(3) == 0 ? "-" : random.nextInt(5) == 0 ? "+" : "");
        if (base == 2 || base == 8 || base == 16) {
            if (random.nextBoolean()) {
                sb.append(base == 2 ? "0b" : base == 8 ? "0o" : "0x");
                if (random.nextInt(4) == 0) {
                    sb.append('_');
                }
            }
        }
        int len = 1 + (random.nextInt(4) == 0 ? random.nextInt(60) : random.nextInt(25));
        for (int k = 0; k < len; k++) {
            int d = random.nextInt(base);
            char c = DIGITS36.charAt(d >= 10 && random.nextBoolean() ? d + 26 : d);
            if (base == 10 && random.nextInt(20) == 0) {
                c = (char) ('\u0660' + d); // Arabic-Indic digit
            }
            sb.append(c);
            if (k + 1 < len && random.nextInt(8) == 0) {
                sb.append('_');
            }
        }
        return sb.append(SPACES[random.nextInt(SPACES.length)]).toString();
    }

    private static String validFloatText(SplittableRandom random) {
        StringBuilder sb = new StringBuilder(SPACES[random.nextInt(SPACES.length)]);
        sb.append(random.nextInt(3) == 0 ? "-" : random.nextInt(5) == 0 ? "+" : "");
        int intDigits = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(20);
        appendDigits(sb, intDigits, random);
        if (intDigits == 0 || random.nextBoolean()) {
            sb.append('.');
            appendDigits(sb, intDigits == 0 ? 1 + random.nextInt(20) : random.nextInt(20),
                    random);
        }
        if (random.nextBoolean()) {
            sb.append(random.nextBoolean() ? 'e' : 'E');
            sb.append(random.nextInt(3) == 0 ? "-" : random.nextInt(3) == 0 ? "+" : "");
            int exp = random.nextInt(10) == 0 ? random.nextInt(100_000) : random.nextInt(330);
            sb.append(exp);
        }
        return sb.append(SPACES[random.nextInt(SPACES.length)]).toString();
    }

    private static void appendDigits(StringBuilder sb, int n, SplittableRandom random) {
        for (int k = 0; k < n; k++) {
            sb.append((char) ('0' + random.nextInt(10)));
            if (k + 1 < n && random.nextInt(10) == 0) {
                sb.append('_');
            }
        }
    }

    /** The exact midpoint between two adjacent doubles, possibly nudged by one last digit. */
    private static String nearHalfway(SplittableRandom random) {
        double d;
        do {
            d = Double.longBitsToDouble(random.nextLong() & Long.MAX_VALUE);
        } while (!Double.isFinite(d) || Double.isInfinite(Math.nextUp(d)));
        BigDecimal mid = new BigDecimal(d).add(new BigDecimal(Math.nextUp(d)))
                .divide(BigDecimal.valueOf(2));
        String s = mid.toString();
        int nudge = random.nextInt(3);
        if (nudge == 1) {
            s = mid.add(mid.ulp()).toString();
        } else if (nudge == 2) {
            s = mid.subtract(mid.ulp()).toString();
        }
        return s;
    }

    private static String py(String s) {
        return cut(StrRepr.repr(s));
    }

    private static String cut(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "..." : s;
    }
}
