package dev.terrarium.runtime;

import dev.terrarium.runtime.text.CPython;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The str-like methods of bytes and bytearray on random byte strings over a small
 * alphabet (so that separators, case and whitespace recur), compared with CPython by repr.
 */
class BytesOracleTest {

    private static final String SCRIPT = String.join("\n",
            "import sys",
            "def t(f):",
            "    try:",
            "        return repr(f())",
            "    except Exception as e:",
            "        return 'E:' + type(e).__name__ + ':' + str(e)",
            "for line in sys.stdin:",
            "    h, g, n = line.split()",
            "    b = bytes.fromhex(h); s = bytes.fromhex(g); n = int(n); a = bytearray(b)",
            "    out = [t(lambda: b.split()), t(lambda: b.split(None, n)), t(lambda: b.rsplit(None, n)),",
            "           t(lambda: b.split(s)), t(lambda: b.rsplit(s, n)), t(lambda: b.split(s, n)), t(lambda: b.strip()),",
            "           t(lambda: b.strip(s)), t(lambda: b.lstrip(s)), t(lambda: b.rstrip()), t(lambda: b.find(s)),",
            "           t(lambda: b.rfind(s, n)), t(lambda: b.find(s, -n, n)), t(lambda: b.count(s)), t(lambda: b.count(s, n)),",
            "           t(lambda: b.index(s)), t(lambda: b.replace(s, b'<>')), t(lambda: b.replace(s, b'', n)),",
            "           t(lambda: b.partition(s)), t(lambda: b.rpartition(s)), t(lambda: b.startswith(s, n)),",
            "           t(lambda: b.endswith(s, 0, n)), t(lambda: b.center(n + 3, b'*')), t(lambda: b.ljust(n)),",
            "           t(lambda: b.rjust(n + 1)), t(lambda: b.zfill(n + 2)), t(lambda: b.upper()), t(lambda: b.title()),",
            "           t(lambda: b.capitalize()), t(lambda: b.swapcase()), t(lambda: b.istitle()), t(lambda: b.islower()),",
            "           t(lambda: b.isupper()), t(lambda: b.isspace()), t(lambda: b.isalnum()), t(lambda: b.splitlines()),",
            "           t(lambda: b.splitlines(True)), t(lambda: b.expandtabs(n)), t(lambda: b.hex()), t(lambda: b.hex(':', n - 2)),",
            "           t(lambda: s.join([b, a, b])), t(lambda: a.split(s)), t(lambda: b.removeprefix(s)), t(lambda: b.removesuffix(s)),",
            "           t(lambda: b[n:]), t(lambda: b[::n - 3]), t(lambda: s in b), t(lambda: b < s), t(lambda: a + s), t(lambda: s * n),",
            "           t(lambda: b.decode('latin-1')), t(lambda: list(reversed(b)))]",
            "    print(' # '.join(out))");

    private static final byte[] ALPHABET = " \t\n\raAbBzZ,;-0\u00e9".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    private static byte[] random(Random rnd, int max) {
        int n = rnd.nextInt(max);
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = ALPHABET[rnd.nextInt(ALPHABET.length)];
        }
        return b;
    }

    private static String t(Supplier<PyObject> f) {
        try {
            return f.get().repr();
        } catch (PyException e) {
            return "E:" + e.value().type().name() + ":" + e.value().str();
        }
    }

    private static PyObject m(PyObject self, String name, PyObject... args) {
        return Ops.callMethod(Ops.loadMethod(self, name), self, args, null);
    }

    private static String hex(byte[] b) {
        StringBuilder s = new StringBuilder("x");
        for (byte x : b) {
            s.append(String.format("%02x", x & 0xFF));
        }
        return s.toString();
    }

    private static String javaSide(byte[] bb, byte[] ss, int ni) {
        PyBytes b = new PyBytes(bb);
        PyBytes s = new PyBytes(ss);
        PyInt n = PyInt.of(ni);
        PyInt negN = PyInt.of(-ni);
        PyByteArray a = new PyByteArray(bb.clone());
        PyObject none = PyNone.INSTANCE;
        PyBytes marks = new PyBytes(new byte[] {'<', '>'});
        PyBytes empty = new PyBytes(new byte[0]);
        List<String> out = new ArrayList<>();
        out.add(t(() -> m(b, "split")));
        out.add(t(() -> m(b, "split", none, n)));
        out.add(t(() -> m(b, "rsplit", none, n)));
        out.add(t(() -> m(b, "split", s)));
        out.add(t(() -> m(b, "rsplit", s, n)));
        out.add(t(() -> m(b, "split", s, n)));
        out.add(t(() -> m(b, "strip")));
        out.add(t(() -> m(b, "strip", s)));
        out.add(t(() -> m(b, "lstrip", s)));
        out.add(t(() -> m(b, "rstrip")));
        out.add(t(() -> m(b, "find", s)));
        out.add(t(() -> m(b, "rfind", s, n)));
        out.add(t(() -> m(b, "find", s, negN, n)));
        out.add(t(() -> m(b, "count", s)));
        out.add(t(() -> m(b, "count", s, n)));
        out.add(t(() -> m(b, "index", s)));
        out.add(t(() -> m(b, "replace", s, marks)));
        out.add(t(() -> m(b, "replace", s, empty, n)));
        out.add(t(() -> m(b, "partition", s)));
        out.add(t(() -> m(b, "rpartition", s)));
        out.add(t(() -> m(b, "startswith", s, n)));
        out.add(t(() -> m(b, "endswith", s, PyInt.of(0), n)));
        out.add(t(() -> m(b, "center", PyInt.of(ni + 3), new PyBytes(new byte[] {'*'}))));
        out.add(t(() -> m(b, "ljust", n)));
        out.add(t(() -> m(b, "rjust", PyInt.of(ni + 1))));
        out.add(t(() -> m(b, "zfill", PyInt.of(ni + 2))));
        for (String name : new String[] {"upper", "title", "capitalize", "swapcase", "istitle", "islower", "isupper",
            "isspace", "isalnum", "splitlines"}) {
            out.add(t(() -> m(b, name)));
        }
        out.add(t(() -> m(b, "splitlines", PyBool.TRUE)));
        out.add(t(() -> m(b, "expandtabs", n)));
        out.add(t(() -> m(b, "hex")));
        out.add(t(() -> m(b, "hex", PyStr.of(":"), PyInt.of(ni - 2))));
        out.add(t(() -> m(s, "join", new PyList(new PyObject[] {b, a, b}))));
        out.add(t(() -> m(a, "split", s)));
        out.add(t(() -> m(b, "removeprefix", s)));
        out.add(t(() -> m(b, "removesuffix", s)));
        out.add(t(() -> b.getItem(new PySlice(n, none, none))));
        out.add(t(() -> b.getItem(new PySlice(none, none, PyInt.of(ni - 3)))));
        out.add(t(() -> Ops.in(s, b)));
        out.add(t(() -> Ops.lt(b, s)));
        out.add(t(() -> Ops.add(a, s)));
        out.add(t(() -> Ops.mul(s, n)));
        out.add(t(() -> m(b, "decode", PyStr.of("latin-1"))));
        out.add(t(() -> PyList.TYPE.call1(IteratorTypes.reversed(null, new PyObject[] {b}, null))));
        return String.join(" # ", out);
    }

    @Test
    void randomBytesMethodsMatchCPython() {
        Random rnd = new Random(7);
        List<String> input = new ArrayList<>();
        List<Object[]> cases = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            byte[] b = random(rnd, 16);
            byte[] s = random(rnd, 3);
            int n = rnd.nextInt(9);
            input.add(hex(b).substring(1) + "x " + hex(s).substring(1) + "x " + n);
            cases.add(new Object[] {b, s, n});
        }
        // python's fromhex needs no marker: strip the x that keeps empty fields non-empty.
        List<String> lines = new ArrayList<>();
        for (String line : input) {
            lines.add(line.replace("x ", "00 ").replaceFirst("^00 ", "00 "));
        }
        List<String> expected = CPython.run(SCRIPT.replace("bytes.fromhex(h)", "bytes.fromhex(h)[:-1]")
                .replace("bytes.fromhex(g)", "bytes.fromhex(g)[:-1]"), lines);
        for (int i = 0; i < cases.size(); i++) {
            Object[] c = cases.get(i);
            assertEquals(expected.get(i), javaSide((byte[]) c[0], (byte[]) c[1], (int) c[2]), "input " + input.get(i));
        }
    }
}
