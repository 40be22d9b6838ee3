package dev.terrarium.runtime;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.terrarium.runtime.text.CPython;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The per-character str properties and case mappings for every code point of planes 0-3
 * and 14, against python3: isalpha isdecimal isdigit isnumeric islower isupper istitle
 * isidentifier (start and continue), upper lower title casefold capitalize swapcase, and the
 * final-sigma context (whether the character is case-ignorable or cased) of lower.
 */
class UnicodeCaseTest {
    private static final String SCRIPT = String.join("\n",
            "import sys",
            "out = []",
            "for line in sys.stdin:",
            "    c = chr(int(line, 16))",
            "    f = ''.join('1' if x else '0' for x in (c.isalpha(), c.isdecimal(), c.isdigit(), c.isnumeric(),",
            "        c.islower(), c.isupper(), c.istitle(), ('a' + c).isidentifier(), c.isidentifier(), c.isalnum()))",
            "    m = ' '.join(','.join('%x' % ord(y) for y in s) for s in (c.upper(), c.lower(), c.title(), c.casefold(),",
            "        c.capitalize(), c.swapcase()))",
            "    sigma = '%x,%x' % (ord(('A' + c + '\u03a3').lower()[-1]), ord(('A\u03a3' + c).lower()[1]))",
            "    out.append(f + ' ' + m + ' ' + sigma)",
            "sys.stdout.write('\\n'.join(out) + '\\n')");

    private static boolean test(String method, String c) {
        return Oracle.invoke(PyStr.of(c), method, new PyObject[0], null) == PyBool.TRUE;
    }

    private static String map(String method, String c) {
        String r = ((PyStr) Oracle.invoke(PyStr.of(c), method, new PyObject[0], null)).value();
        StringBuilder b = new StringBuilder();
        r.codePoints().forEach(cp -> {
            if (b.length() > 0) {
                b.append(',');
            }
            b.append(Integer.toHexString(cp));
        });
        return b.toString();
    }

    @Test
    void everyCodePointMatchesCPython() {
        List<String> input = new ArrayList<>();
        List<Integer> cps = new ArrayList<>();
        for (int cp = 0; cp < 0x110000; cp++) {
            if ((cp >= 0xD800 && cp <= 0xDFFF) || (cp >= 0x40000 && cp < 0xE0000) || cp >= 0xE1000) {
                continue;
            }
            cps.add(cp);
            input.add(Integer.toHexString(cp));
        }
        List<String> expected = CPython.run(SCRIPT, input);
        List<String> failures = new ArrayList<>();
        int failed = 0;
        for (int k = 0; k < cps.size(); k++) {
            String c = new String(Character.toChars(cps.get(k)));
            StringBuilder f = new StringBuilder();
            for (String m : new String[] {"isalpha", "isdecimal", "isdigit", "isnumeric", "islower", "isupper",
                "istitle"}) {
                f.append(test(m, c) ? '1' : '0');
            }
            f.append(test("isidentifier", "a" + c) ? '1' : '0');
            f.append(test("isidentifier", c) ? '1' : '0');
            f.append(test("isalnum", c) ? '1' : '0');
            for (String m : new String[] {"upper", "lower", "title", "casefold", "capitalize", "swapcase"}) {
                f.append(' ').append(map(m, c));
            }
            String before = map("lower", "A" + c + "\u03a3");
            String after = map("lower", "A\u03a3" + c);
            f.append(' ').append(before.substring(before.lastIndexOf(',') + 1))
                    .append(',').append(after.split(",")[1]);
            if (!f.toString().equals(expected.get(k))) {
                failed++;
                if (failures.size() < 30) {
                    failures.add(Integer.toHexString(cps.get(k)) + ": python " + expected.get(k) + " java " + f);
                }
            }
        }
        assertTrue(failed == 0, failed + " code points differ:\n" + String.join("\n", failures));
    }
}
