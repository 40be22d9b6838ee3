package dev.terrarium.runtime.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link StrRepr} (repr and ascii of str, repr of bytes) and {@link UnicodeProps} against CPython. */
class StrReprTest {

    private static final String STR_ORACLE = String.join("\n",
            "import sys",
            "out = []",
            "for line in sys.stdin:",
            "    h = line.strip()",
            "    s = " + Utf16Hex.PY_DECODE,
            "    out.append(repr(s).encode('utf-16-be', 'surrogatepass').hex() + ' ' + ascii(s))",
            "sys.stdout.write('\\n'.join(out) + '\\n')");

    private static final String BYTES_ORACLE = String.join("\n",
            "import sys",
            "out = []",
            "for line in sys.stdin:",
            "    h = line.strip()",
            "    out.append(repr(bytes.fromhex('' if h == '-' else h)))",
            "sys.stdout.write('\\n'.join(out) + '\\n')");

    /** Per code point: p(rintable), s(pace), decimal digit value or '.', one line. */
    private static final String PROPS_ORACLE = String.join("\n",
            "import sys, unicodedata",
            "sys.stdin.read()",
            "def ranges(pred):",
            "    out, start = [], None",
            "    for c in range(0x110001):",
            "        p = c < 0x110000 and pred(c)",
            "        if p and start is None: start = c",
            "        if not p and start is not None: out.append('%x-%x' % (start, c - 1)); start = None",
            "    return ','.join(out)",
            "print(ranges(lambda c: chr(c).isprintable()))",
            "print(ranges(lambda c: chr(c).isspace()))",
            "print(','.join('%x:%d' % (c, unicodedata.decimal(chr(c))) for c in range(0x110000)"
                    + " if unicodedata.decimal(chr(c), -1) >= 0))");

    @Test
    void reprMatchesCPython() {
        SplittableRandom random = new SplittableRandom(314159);
        List<String> texts = new ArrayList<>();
        texts.add("");
        texts.add("'");
        texts.add("\"");
        texts.add("'\"");
        texts.add("\\");
        for (int i = 0; i < 40_000; i++) {
            texts.add(randomText(random));
        }
        List<String> input = new ArrayList<>();
        for (String t : texts) {
            input.add(Utf16Hex.encode(t));
        }
        List<String> expected = CPython.run(STR_ORACLE, input);
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < texts.size() && mismatches.size() < 20; i++) {
            String actual = Utf16Hex.encode(StrRepr.repr(texts.get(i))) + " "
                    + StrRepr.asciiRepr(texts.get(i));
            if (!actual.equals(expected.get(i))) {
                mismatches.add("text " + Utf16Hex.encode(texts.get(i)) + ": expected "
                        + expected.get(i) + " got " + actual);
            }
        }
        assertTrue(mismatches.isEmpty(), () -> "repr(str) (as UTF-16 hex) or ascii(str) differs from CPython:\n"
                + String.join("\n", mismatches));
    }

    @Test
    void bytesReprMatchesCPython() {
        SplittableRandom random = new SplittableRandom(2718);
        List<byte[]> values = new ArrayList<>();
        values.add(new byte[0]);
        for (int i = 0; i < 20_000; i++) {
            byte[] b = new byte[random.nextInt(12)];
            for (int k = 0; k < b.length; k++) {
                int pick = random.nextInt(4);
                b[k] = (byte) (pick == 0 ? "'\"\\\t\n\r".charAt(random.nextInt(6))
                        : pick == 1 ? 0x20 + random.nextInt(0x5F) : random.nextInt(256));
            }
            values.add(b);
        }
        List<String> input = new ArrayList<>();
        for (byte[] b : values) {
            StringBuilder sb = new StringBuilder();
            for (byte x : b) {
                sb.append(String.format("%02x", x & 0xFF));
            }
            input.add(sb.length() == 0 ? "-" : sb.toString());
        }
        List<String> expected = CPython.run(BYTES_ORACLE, input);
        for (int i = 0; i < values.size(); i++) {
            assertEquals(expected.get(i), StrRepr.bytesRepr(values.get(i)), input.get(i));
        }
        byte[] framed = {'x', '\'', 'y', 'z'};
        assertEquals(StrRepr.bytesRepr(new byte[] {'\'', 'y'}), StrRepr.bytesRepr(framed, 1, 2));
    }

    @Test
    void unicodePropertiesMatchCPythonForEveryCodePoint() {
        List<String> lines = CPython.run(PROPS_ORACLE, List.of("go", "", ""));
        boolean[] printable = parseRanges(lines.get(0));
        boolean[] space = parseRanges(lines.get(1));
        int[] decimal = new int[0x110000];
        java.util.Arrays.fill(decimal, -1);
        for (String entry : lines.get(2).split(",")) {
            String[] kv = entry.split(":");
            decimal[Integer.parseInt(kv[0], 16)] = Integer.parseInt(kv[1]);
        }
        for (int cp = 0; cp < 0x110000; cp++) {
            String name = String.format("U+%04X", cp);
            if (printable[cp] != UnicodeProps.isPrintable(cp)) {
                assertEquals(printable[cp], UnicodeProps.isPrintable(cp), "isprintable " + name);
            }
            if (space[cp] != UnicodeProps.isSpace(cp)) {
                assertEquals(space[cp], UnicodeProps.isSpace(cp), "isspace " + name);
            }
            if (decimal[cp] != UnicodeProps.decimalValue(cp)) {
                assertEquals(decimal[cp], UnicodeProps.decimalValue(cp), "decimal " + name);
            }
        }
    }

    private static boolean[] parseRanges(String line) {
        boolean[] set = new boolean[0x110000];
        for (String r : line.split(",")) {
            String[] ab = r.split("-");
            for (int c = Integer.parseInt(ab[0], 16); c <= Integer.parseInt(ab[1], 16); c++) {
                set[c] = true;
            }
        }
        return set;
    }

    private static final String SPECIALS =
            "'\"\\\t\n\r \u007f\u0085\u00a0\u00ad\u2028\u3000\u200b\ufeff\u0378";

    private static String randomText(SplittableRandom random) {
        StringBuilder sb = new StringBuilder();
        int n = random.nextInt(10);
        for (int i = 0; i < n; i++) {
            int pick = random.nextInt(8);
            int cp;
            switch (pick) {
                case 0: cp = SPECIALS.charAt(random.nextInt(SPECIALS.length())); break;
                case 1: cp = random.nextInt(0x80); break;
                case 2: cp = 0x80 + random.nextInt(0x80); break;
                case 3: cp = random.nextInt(0x10000); break;
                case 4: cp = 0xD800 + random.nextInt(0x800); break; // lone surrogates
                case 5: cp = 0x10000 + random.nextInt(0x100000); break;
                case 6: cp = 0x1F000 + random.nextInt(0x1000); break; // emoji and new symbols
                default: cp = 0x20 + random.nextInt(0x5F); break;
            }
            sb.appendCodePoint(cp);
        }
        return sb.toString();
    }
}
