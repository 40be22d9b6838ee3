package dev.terrarium.runtime;

import dev.terrarium.runtime.text.CPython;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * hash(str) and hash(bytes) against CPython run with PYTHONHASHSEED=0 (the setting the
 * conformance expectations are recorded with), and the set order that follows from them.
 */
class StringHashTest {

    private static final String SCRIPT = String.join("\n",
            "import sys",
            "for line in sys.stdin:",
            "    words = [''.join(chr(int(c)) for c in w.split(',')) if w != '-' else '' for w in line.split()]",
            "    print(hash(words[0]), hash(words[0].encode('utf-8', 'surrogatepass')), repr(set(words)))");

    private static int randomCodePoint(Random rnd) {
        switch (rnd.nextInt(6)) {
            case 0:
                return 0x80 + rnd.nextInt(0x80);
            case 1:
                return 0x100 + rnd.nextInt(0xD700);
            case 2:
                return 0x10000 + rnd.nextInt(0x100000);
            default:
                return 'a' + rnd.nextInt(26);
        }
    }

    @Test
    void hashesAndSetOrderMatchCPythonWithHashSeedZero() {
        Random rnd = new Random(99);
        List<String> input = new ArrayList<>();
        List<String[]> words = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            int n = 1 + rnd.nextInt(12);
            String[] ws = new String[n];
            StringBuilder line = new StringBuilder();
            for (int w = 0; w < n; w++) {
                int len = rnd.nextInt(i % 3 == 0 ? 20 : 5);
                StringBuilder s = new StringBuilder();
                StringBuilder cps = new StringBuilder();
                boolean ascii = rnd.nextInt(3) > 0;
                for (int c = 0; c < len; c++) {
                    int cp = ascii ? 'a' + rnd.nextInt(26) : randomCodePoint(rnd);
                    s.appendCodePoint(cp);
                    cps.append(c == 0 ? "" : ",").append(cp);
                }
                ws[w] = s.toString();
                line.append(w == 0 ? "" : " ").append(len == 0 ? "-" : cps);
            }
            input.add(line.toString());
            words.add(ws);
        }
        List<String> expected = CPython.run(SCRIPT, input, Map.of("PYTHONHASHSEED", "0"));
        for (int i = 0; i < words.size(); i++) {
            String[] ws = words.get(i);
            PyObject[] items = new PyObject[ws.length];
            for (int w = 0; w < ws.length; w++) {
                items[w] = PyStr.of(ws[w]);
            }
            PyObject utf8 = Ops.callMethod(Ops.loadMethod(items[0], "encode"), items[0], new PyObject[0], null);
            String actual = Ops.hash(items[0]) + " " + Ops.hash(utf8) + " " + PySet.of(items).repr();
            assertEquals(expected.get(i), actual, "input " + input.get(i));
        }
    }
}
