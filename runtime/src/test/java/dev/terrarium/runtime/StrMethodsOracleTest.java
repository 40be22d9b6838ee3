package dev.terrarium.runtime;

import static dev.terrarium.runtime.Oracle.i;
import static dev.terrarium.runtime.Oracle.s;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every str method over many receivers and arguments, against python3 (one process). */
class StrMethodsOracleTest {

    static final String[] STRINGS = {
        "", "a", "abc", "Hello World", "hello world", "HELLO", "hELLO wORLD", "  padded  ", "\t tab\tbed \n",
        "a,b,,c,", ",", "aaa", "abcabcabc", "mississippi", "ß", "straße", "ǅungla ǆ Ǆ", "ΑΣ ΟΔΟΣ", "ὈΔΥΣΣΕΎΣ",
        "İstanbul", "ﬁne ﬂow", "x😀y😀z", "😀", "١٢٣", "²³", "½⅓", "一二三", "Ⅻ", "a_b1", "1abc", "_x", "if",
        "line1\nline2\r\nline3\rline4\u2028line5\u000bx\u000cy\u001cz\u0085w", "\n\n", "a\n", "\u00a0nbsp\u00a0",
        "\u2003em\u3000", "MiXeD123", "Title Case String", "title Case", "don't stop", "o'neil's 3rd", "ǈ", "ŉ",
        "ﬀ", "ΐ", "ᾳ", "ǰ", "ꭰ", "Ꭰ", "ⓐⒶ", "ʰ", "123", "-42", "+7", "3.14", "\u0301", "e\u0301", "\u00ad",
        "tab\there", "a\tb\tc\td", "01\t012\t0123\t01234", "x\u0600", "\u200b", "\u0000\u0001", "~!@#", "ΣΑΣ", "σς",
    };

    static final PyObject[] SUBS = {s(""), s("a"), s("b"), s("ab"), s("abc"), s("s"), s("ss"), s("😀"), s("\n"),
        s(" "), s(","), s("Σ"), s("l"), i(1), PyNone.INSTANCE};
    static final PyObject[] INDICES = {PyNone.INSTANCE, i(0), i(1), i(2), i(-1), i(-3), i(5), i(100), i(-100),
        PyInt.of(java.math.BigInteger.TEN.pow(30)), s("x")};
    static final PyObject[] WIDTHS = {i(-1), i(0), i(3), i(8), i(11), s("x"), PyBool.TRUE};
    static final PyObject[] FILLS = {s("*"), s("😀"), s(""), s("ab"), i(1)};

    @Test
    void methodsMatchCPython() {
        Oracle o = new Oracle();
        String[] noArg = {"upper", "lower", "casefold", "capitalize", "title", "swapcase", "islower", "isupper",
            "istitle", "isalpha", "isdecimal", "isdigit", "isnumeric", "isalnum", "isspace", "isascii", "isprintable",
            "isidentifier", "strip", "lstrip", "rstrip", "split", "rsplit", "splitlines", "expandtabs"};
        for (String v : STRINGS) {
            PyStr str = s(v);
            for (String m : noArg) {
                o.call(str, m);
            }
            o.call(str, "upper", i(1));
            o.call(str, "splitlines", PyBool.TRUE);
            o.call(str, "splitlines", new PyObject[] {i(1)}, new String[] {"keepends"});
            for (PyObject sub : SUBS) {
                for (String m : new String[] {"find", "rfind", "index", "rindex", "count", "startswith", "endswith",
                    "partition", "rpartition", "split", "rsplit", "strip", "lstrip", "rstrip", "removeprefix",
                    "removesuffix"}) {
                    o.call(str, m, sub);
                }
                o.call(str, "replace", sub, s("-"));
                o.call(str, "replace", sub, s("<>"), i(2));
                o.call(str, "split", sub, i(1));
                o.call(str, "rsplit", sub, i(1));
                o.call(str, "split", new PyObject[] {sub, i(2)}, new String[] {"sep", "maxsplit"});
                o.call(str, "rsplit", new PyObject[] {i(0)}, new String[] {"maxsplit"});
                o.call(str, "startswith", PyTuple.of(sub, s("x")));
                o.call(str, "endswith", PyTuple.of(s("x"), sub));
            }
            for (PyObject w : WIDTHS) {
                o.call(str, "center", w);
                o.call(str, "ljust", w);
                o.call(str, "rjust", w);
                o.call(str, "zfill", w);
                o.call(str, "expandtabs", w);
                for (PyObject f : FILLS) {
                    o.call(str, "center", w, f);
                    o.call(str, "ljust", w, f);
                    o.call(str, "rjust", w, f);
                }
            }
            o.call(str, "expandtabs", new PyObject[] {i(4)}, new String[] {"tabsize"});
            o.call(str, "strip", s("ab😀 "));
            o.call(str, "join", new PyList(new PyObject[] {s("x"), s("y"), s("z")}));
            o.call(str, "translate", new PyDict());
            o.call(str, "format");
        }
        String[] searchers = {"find", "rfind", "index", "rindex", "count", "startswith", "endswith"};
        String[] probes = {"abcabcabc", "x😀y😀z", "", "aaaa"};
        PyObject[] needles = {s(""), s("a"), s("bc"), s("😀"), s("aa"), PyTuple.of(s("a"), s("z"))};
        for (String v : probes) {
            for (String m : searchers) {
                for (PyObject sub : needles) {
                    if (sub instanceof PyTuple && !m.endsWith("with")) {
                        continue;
                    }
                    for (PyObject a : INDICES) {
                        o.call(s(v), m, sub, a);
                        for (PyObject b : INDICES) {
                            o.call(s(v), m, sub, a, b);
                        }
                    }
                }
            }
        }
        errorsAndEdges(o);
        fuzz(o);
        o.check();
    }

    /** Random strings over a small hostile alphabet, random methods and arguments. */
    private static void fuzz(Oracle o) {
        String[] alphabet = {"a", "b", "A", "ß", "Σ", "σ", "ς", "ǅ", "İ", "ı", "ﬁ", "😀", "\u0301", " ", "\t", "\n",
            "\r", "\u2028", "\u00a0", "1", "١", "²", "'", ".", ",", "_", "-", "x", "ΐ", "ᾳ"};
        java.util.SplittableRandom r = new java.util.SplittableRandom(42);
        String[] noArg = {"upper", "lower", "casefold", "capitalize", "title", "swapcase", "islower", "isupper",
            "istitle", "isalnum", "isidentifier", "split", "rsplit", "splitlines", "strip", "expandtabs"};
        String[] oneArg = {"find", "rfind", "count", "startswith", "endswith", "partition", "rpartition", "split",
            "rsplit", "strip", "lstrip", "rstrip", "removeprefix", "removesuffix"};
        for (int k = 0; k < 6000; k++) {
            PyStr v = s(randomString(r, alphabet, 12));
            PyStr sub = s(randomString(r, alphabet, 3));
            switch (r.nextInt(5)) {
                case 0 -> o.call(v, noArg[r.nextInt(noArg.length)]);
                case 1 -> o.call(v, oneArg[r.nextInt(oneArg.length)], sub);
                case 2 -> o.call(v, r.nextBoolean() ? "find" : "count", sub, i(r.nextInt(16) - 8), i(r.nextInt(16) - 8));
                case 3 -> o.call(v, "replace", sub, s(randomString(r, alphabet, 2)), i(r.nextInt(4) - 1));
                default -> o.call(v, r.nextBoolean() ? "split" : "rsplit", r.nextBoolean() ? PyNone.INSTANCE : sub,
                        i(r.nextInt(4) - 1));
            }
        }
    }

    private static String randomString(java.util.SplittableRandom r, String[] alphabet, int maxLen) {
        StringBuilder b = new StringBuilder();
        int n = r.nextInt(maxLen + 1);
        for (int j = 0; j < n; j++) {
            b.append(alphabet[r.nextInt(alphabet.length)]);
        }
        return b.toString();
    }

    private static void errorsAndEdges(Oracle o) {
        PyStr a = s("a");
        o.call(a, "find");
        o.call(a, "find", s("a"), i(1), i(2), i(3));
        o.call(a, "find", new PyObject[] {s("a"), i(1)}, new String[] {"start"});
        o.call(a, "count");
        o.call(a, "index", s("b"));
        o.call(a, "startswith", i(1));
        o.call(a, "startswith", PyTuple.of(i(1)));
        o.call(a, "endswith");
        o.call(a, "center");
        o.call(a, "center", i(1), i(2), i(3));
        o.call(a, "center", new PyObject[] {i(3)}, new String[] {"width"});
        o.call(a, "split", s("a"), i(1), i(2));
        o.call(a, "split", new PyObject[] {i(1)}, new String[] {"x"});
        o.call(a, "split", new PyObject[] {s("a"), s("b")}, new String[] {"sep"});
        o.call(a, "split", new PyObject[] {s("x")}, new String[] {"maxsplit"});
        o.call(a, "split", new PyObject[] {PyInt.of(java.math.BigInteger.TEN.pow(30))}, new String[] {"maxsplit"});
        o.call(a, "replace", s("a"));
        o.call(a, "replace", i(1), s("b"));
        o.call(a, "replace", s("a"), i(1));
        o.call(a, "replace", s("a"), s("b"), s("c"));
        o.call(a, "replace", new PyObject[] {s("a"), s("b"), i(1)}, new String[] {"count"});
        o.call(s("abc"), "replace", s(""), s("-"), i(2));
        o.call(s(""), "replace", s(""), s("-"));
        o.call(s(""), "replace", s(""), s("-"), i(0));
        o.call(a, "strip", i(1));
        o.call(a, "strip", s("a"), s("b"));
        o.call(a, "join", new PyList(new PyObject[] {i(1)}));
        o.call(a, "join", new PyList(new PyObject[] {s("x"), i(1)}));
        o.call(a, "join", i(1));
        o.call(a, "join");
        o.call(a, "join", s("xyz"));
        o.call(a, "join", PyTuple.of());
        o.call(a, "join", new PyDict());
        o.call(a, "expandtabs", s("x"));
        o.call(a, "expandtabs", i(1), i(2));
        o.call(a, "expandtabs", new PyObject[] {i(1)}, new String[] {"x"});
        o.call(a, "expandtabs", PyInt.of(java.math.BigInteger.TEN.pow(30)));
        o.call(a, "removeprefix", i(1));
        o.call(a, "removesuffix");
        o.call(a, "splitlines", s("x"));
        o.call(a, "splitlines", i(1), i(2));
        o.call(a, "splitlines", new PyObject[] {i(1), i(2)}, new String[] {"keepends", "x"});
        o.call(a, "splitlines", new PyObject[] {i(1)}, new String[] {"x"});
        o.call(a, "upper", new PyObject[] {i(1)}, new String[] {"x"});
        o.call(a, "translate");
        o.call(a, "rjust", PyInt.of(java.math.BigInteger.TEN.pow(30)));
        o.call(a, "zfill");
        o.call(a, "partition", s(""));
        o.call(a, "partition", i(1));
        o.call(a, "rpartition");
        o.call(a, "format_map");
        o.call(a, "isdigit", i(1));
        o.call(s("ab"), "__format__", s(">5"));
        o.call(s("ab"), "__format__", i(1));
        o.call(s("ab"), "__format__");
        o.call(s("ab"), "__format__", new PyObject[] {s("")}, new String[] {"format_spec"});
        for (String v : new String[] {"-", "+", "-5", "+5", "abc", "-abc", "", "5-"}) {
            o.call(s(v), "zfill", i(5));
        }
        PyDict table = new PyDict();
        table.put(i('a'), s("AA"));
        table.put(i('b'), PyNone.INSTANCE);
        table.put(i('c'), i('😀'));
        table.put(i('d'), new PyFloat(1.5));
        table.put(i('e'), i(-1));
        table.put(s("f"), s("F"));
        for (String v : new String[] {"abc", "abcab", "xyz", "d", "e", "f"}) {
            o.call(s(v), "translate", table);
        }
        o.call(s("abc"), "translate", new PyList(new PyObject[] {i(1), s("x")}));
        PyType str = PyStr.TYPE;
        o.call(str, "maketrans");
        o.call(str, "maketrans", i(1));
        o.call(str, "maketrans", s("abc"), s("xyz"));
        o.call(str, "maketrans", s("abc"), s("xyz"), s("q😀"));
        o.call(str, "maketrans", s("ab"), s("c"));
        o.call(str, "maketrans", i(1), s("c"));
        o.call(str, "maketrans", s("a"), s("b"), i(1));
        o.call(str, "maketrans", s("a"), i(2));
        o.call(str, "maketrans", s("a"), s("b"), s("c"), s("d"));
        PyDict d = new PyDict();
        d.put(s("a"), s("b"));
        d.put(i(66), PyNone.INSTANCE);
        o.call(str, "maketrans", d);
        PyDict bad = new PyDict();
        bad.put(s("ab"), i(1));
        o.call(str, "maketrans", bad);
        PyDict bad2 = new PyDict();
        bad2.put(new PyFloat(1.5), i(1));
        o.call(str, "maketrans", bad2);
        List<String> more = new ArrayList<>(List.of("ΑΣ", "ΑΣ ", "ΑΣ.", "ΑΣΑ", "Σ", " Σ", "Α'Σ", "ΑΣ'", "Α\u0301Σ",
                "ΑΣ\u0301", "ΑΣ\u0301Α", "aΣb", "ⒶΣ"));
        for (String v : more) {
            for (String m : new String[] {"lower", "title", "capitalize", "swapcase", "casefold"}) {
                o.call(s(v), m);
            }
        }
    }
}
