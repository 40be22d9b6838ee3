package dev.terrarium.runtime;

import dev.terrarium.runtime.text.CPython;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * str.encode and bytes.decode over random text and random bytes, for every codec and
 * error handler Terrarium has, compared with CPython (results, or exception type and
 * message).
 *
 * <p>Text is sent to python3 as code point numbers, because it may hold lone surrogates.
 * A high surrogate is never generated directly before a low one: a Java String would read
 * the two as one code point where CPython keeps two (see docs/DIFFERENCES.md).
 */
class CodecOracleTest {

    private static final String[] CODECS = {"utf-8", "ascii", "latin-1"};
    private static final String[] HANDLERS = {"strict", "ignore", "replace", "backslashreplace", "surrogateescape",
        "xmlcharrefreplace", "surrogatepass"};

    private static final String SCRIPT = String.join("\n",
            "import sys",
            "codecs = ['utf-8', 'ascii', 'latin-1']",
            "handlers = ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape', 'xmlcharrefreplace', 'surrogatepass']",
            "def paired(r):",
            "    return any(0xD800 <= ord(r[i]) <= 0xDBFF and 0xDC00 <= ord(r[i + 1]) <= 0xDFFF for i in range(len(r) - 1))",
            "def run(f):",
            "    try:",
            "        return f()",
            "    except Exception as e:",
            "        return 'E:' + type(e).__name__ + ':' + str(e)",
            "for line in sys.stdin:",
            "    kind, payload = line.rstrip('\\n').split(':', 1)",
            "    out = []",
            "    if kind == 'S':",
            "        s = ''.join(chr(int(c)) for c in payload.split())",
            "        for c in codecs:",
            "            for h in handlers:",
            "                out.append(run(lambda: s.encode(c, h).hex()))",
            "    else:",
            "        b = bytes.fromhex(payload)",
            "        for c in codecs:",
            "            for h in handlers:",
            "                def dec():",
            "                    r = b.decode(c, h)",
            "                    return 'PAIR' if paired(r) else repr(r)",
            "                out.append(run(dec))",
            "    print(' # '.join(out))");

    private static int randomCodePoint(Random rnd) {
        switch (rnd.nextInt(8)) {
            case 0:
                return 0xDC00 + rnd.nextInt(0x400); // low surrogate
            case 1:
                return 0x80 + rnd.nextInt(0x80);
            case 2:
                return 0x100 + rnd.nextInt(0xD700);
            case 3:
                return 0x10000 + rnd.nextInt(0x100000);
            default:
                return 0x20 + rnd.nextInt(0x5F);
        }
    }

    private static String randomText(Random rnd, List<Integer> cps) {
        int n = rnd.nextInt(8);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int cp = rnd.nextInt(20) == 0 ? 0xD800 + rnd.nextInt(0x400) : randomCodePoint(rnd);
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                b.appendCodePoint(cp).append('x'); // a high surrogate never precedes a low one
                cps.add(cp);
                cps.add((int) 'x');
            } else {
                b.appendCodePoint(cp);
                cps.add(cp);
            }
        }
        return b.toString();
    }

    private static final int[] BYTE_POOL = {0x41, 0x7A, 0x00, 0x7F, 0x80, 0xBF, 0xC0, 0xC2, 0xDF, 0xE0, 0xA0, 0xED, 0x9F,
        0xEF, 0xF0, 0x90, 0xF4, 0x8F, 0xF5, 0xFF, 0xC3, 0xA9, 0xE2, 0x82, 0xAC, 0x9F, 0x98};

    private static byte[] randomBytes(Random rnd) {
        int n = rnd.nextInt(9);
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (rnd.nextBoolean() ? BYTE_POOL[rnd.nextInt(BYTE_POOL.length)] : rnd.nextInt(256));
        }
        return b;
    }

    private static String run(java.util.function.Supplier<String> f) {
        try {
            return f.get();
        } catch (PyException e) {
            return "E:" + e.value().type().name() + ":" + e.value().str();
        }
    }

    private static String hex(byte[] b) {
        StringBuilder s = new StringBuilder();
        for (byte x : b) {
            s.append(String.format("%02x", x & 0xFF));
        }
        return s.toString();
    }

    @Test
    void randomTextAndBytesRoundTripAsCPython() {
        Random rnd = new Random(42);
        List<String> input = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            if (i % 2 == 0) {
                List<Integer> cps = new ArrayList<>();
                String s = randomText(rnd, cps);
                StringBuilder line = new StringBuilder("S:");
                for (int cp : cps) {
                    line.append(cp).append(' ');
                }
                input.add(line.toString().trim());
                values.add(s);
            } else {
                byte[] b = randomBytes(rnd);
                input.add("B:" + hex(b));
                values.add(b);
            }
        }
        List<String> expected = CPython.run(SCRIPT, input);
        for (int i = 0; i < values.size(); i++) {
            String[] want = expected.get(i).split(" # ", -1);
            List<String> got = new ArrayList<>();
            int col = 0;
            for (String codec : CODECS) {
                for (String handler : HANDLERS) {
                    Object v = values.get(i);
                    if (v instanceof String s) {
                        got.add(run(() -> hex(Codecs.encode(s, codec, handler))));
                    } else {
                        byte[] b = (byte[]) v;
                        got.add(want[col].equals("PAIR") ? "PAIR" : run(() -> PyStr.of(Codecs.decode(b, b.length, codec, handler)).repr()));
                    }
                    col++;
                }
            }
            assertEquals(expected.get(i), String.join(" # ", got), "input " + input.get(i));
        }
    }
}
