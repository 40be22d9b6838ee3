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

    /** Per line "base limit text": int(text) and, if text is Latin-1, int(its bytes). */
    private static final String INT_ORACLE = String.join("\n",
            "import sys",
            "def attempt(s, base):",
            "    try:",
            "        return 'OK ' + format(int(s, base), 'x')",
            "    except ValueError as e:",
            "        m = str(e)",
            "        return 'LIMIT ' + m if m.startswith('Exceeds') else 'INVALID'",
            "out = []",
            "for line in sys.stdin:",
            "    base, limit, h = line.split()",
            "    s = " + Utf16Hex.PY_DECODE,
            "    sys.set_int_max_str_digits(int(limit))",
            "    b = attempt(s.encode('latin-1'), int(base)) if max(s, default=' ') < '\\u0100' else 'NA'",
            "    out.append(attempt(s, int(base)) + '\\t' + b)",
            "sys.stdout.write('\\n'.join(out) + '\\n')");

    /** Per line text: float(text) and, if text is Latin-1, float(its bytes). */
    private static final String FLOAT_ORACLE = String.join("\n",
            "import sys, struct, math",
            "def attempt(s):",
            "    try:",
            "        v = float(s)",
            "    except ValueError:",
            "        return 'INVALID'",
            "    if math.isnan(v):",
            "        return 'NAN' + ('-' if math.copysign(1, v) < 0 else '+')",
            "    return 'OK ' + struct.pack('>d', v).hex()",
            "out = []",
            "for line in sys.stdin:",
            "    h = line.strip()",
            "    s = " + Utf16Hex.PY_DECODE,
            "    b = attempt(s.encode('latin-1')) if max(s, default=' ') < '\\u0100' else 'NA'",
            "    out.append(attempt(s) + '\\t' + b)",
            "sys.stdout.write('\\n'.join(out) + '\\n')");

    /** Per line "limit hex": str() of the int under that limit, or the ValueError text. */
    private static final String TO_STR_ORACLE = String.join("\n",
            "import sys",
            "out = []",
            "for line in sys.stdin:",
            "    limit, h = line.split()",
            "    v = int(h, 16)",
            "    sys.set_int_max_str_digits(int(limit))",
            "    try:",
            "        str(v)",
            "        out.append('OK')",
            "    except ValueError as e:",
            "        out.append(str(e))",
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
            String text = texts.get(i);
            int base = bases.get(i);
            int limit = limits.get(i);
            String[] want = expected.get(i).split("\t");
            String actual = intOutcome(() -> NumberParser.parseIntCompact(text, base, limit));
            BigInteger big = want[0].startsWith("OK")
                    ? NumberParser.parseInt(text, base, limit) : null;
            if (big != null && !("OK " + big.toString(16)).equals(want[0])) {
                actual = "parseInt gave " + big.toString(16);
            }
            String actualBytes = latin1(text) == null ? "NA"
                    : intOutcome(() -> NumberParser.parseIntCompact(latin1(text), base, limit));
            if (want[0].startsWith("OK")) {
                valid++;
            }
            if (!actual.equals(want[0]) || !actualBytes.equals(want[1])) {
                mismatches.add("int(" + py(text) + ", " + base + ") limit " + limit
                        + ": expected " + cut(expected.get(i)) + " got " + cut(actual) + "\t"
                        + cut(actualBytes));
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
            String text = texts.get(i);
            String actual = floatOutcome(NumberParser.parseFloat(text));
            byte[] bytes = latin1(text);
            String actualBytes = bytes == null ? "NA" : floatOutcome(NumberParser.parseFloat(bytes));
            if (expected.get(i).startsWith("OK")) {
                valid++;
            }
            if (!(actual + "\t" + actualBytes).equals(expected.get(i))) {
                mismatches.add("float(" + py(text) + "): expected " + expected.get(i)
                        + " got " + actual + "\t" + actualBytes);
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

    @Test
    void toStrLimitMatchesCPython() {
        List<BigInteger> values = new ArrayList<>();
        List<Integer> limits = new ArrayList<>();
        int[] limitValues = {4300, 640, 1000, 0};
        for (int limit : limitValues) {
            int digits = limit == 0 ? 5000 : limit;
            BigInteger p = BigInteger.TEN.pow(digits);
            BigInteger[] around = {p.subtract(BigInteger.ONE), p, p.add(BigInteger.ONE),
                BigInteger.TEN.pow(digits - 1), BigInteger.ONE.shiftLeft(digits * 4),
                BigInteger.ONE.shiftLeft(digits * 3), BigInteger.ONE.shiftLeft(digits * 3 + 4),
                BigInteger.ONE.shiftLeft((int) (digits * 3.3219280948873623)),
                BigInteger.ONE.shiftLeft((int) (digits * 3.3219280948873623) + 1), BigInteger.ZERO};
            for (BigInteger v : around) {
                values.add(v);
                limits.add(limit);
                values.add(v.negate());
                limits.add(limit);
            }
        }
        List<String> input = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            input.add(limits.get(i) + " " + values.get(i).toString(16));
        }
        List<String> expected = CPython.run(TO_STR_ORACLE, input);
        for (int i = 0; i < values.size(); i++) {
            int limit = limits.get(i);
            String actual = IntDigitLimit.toStrExceeds(values.get(i), limit)
                    ? IntDigitLimit.toStrMessage(limit) : "OK";
            assertEquals(expected.get(i), actual, "str() of a " + values.get(i).bitLength()
                    + "-bit int under limit " + limit);
        }
    }

    private interface IntParse {
        Number parse();
    }

    private static String intOutcome(IntParse parse) {
        try {
            Number v = parse.parse();
            if (v == null) {
                return "INVALID";
            }
            BigInteger big = new BigInteger(v.toString());
            if (v instanceof Long != (big.bitLength() < 64)) {
                return "compact form " + v.getClass().getSimpleName() + " for " + big;
            }
            return "OK " + big.toString(16);
        } catch (IntDigitLimitExceededException e) {
            return "LIMIT " + e.getMessage();
        }
    }

    private static String floatOutcome(Double v) {
        if (v == null) {
            return "INVALID";
        }
        long bits = Double.doubleToRawLongBits(v);
        if (v.isNaN()) {
            return bits < 0 ? "NAN-" : "NAN+";
        }
        return String.format("OK %016x", bits);
    }

    /** The text as Latin-1 bytes, or null if it has a character above U+00FF. */
    private static byte[] latin1(String s) {
        byte[] b = new byte[s.length()];
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0xFF) {
                return null;
            }
            b[i] = (byte) s.charAt(i);
        }
        return b;
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
