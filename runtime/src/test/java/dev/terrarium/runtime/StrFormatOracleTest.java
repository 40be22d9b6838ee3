package dev.terrarium.runtime;

import static dev.terrarium.runtime.Oracle.i;
import static dev.terrarium.runtime.Oracle.s;

import org.junit.jupiter.api.Test;

/** {@code str.format} and {@code str.format_map}, against python3 (one process). */
class StrFormatOracleTest {

    static final String[] TEMPLATES = {
        "", "plain", "{}", "{} {}", "{0} {1} {0}", "{1}{0}", "{x}", "{x} {y}", "{0} {x}", "{} {x} {}", "{{}}", "{{{0}}}",
        "{{", "}}", "{", "}", "a{", "a}", "{0", "{0!r}", "{0!s}", "{0!a}", "{0!}", "{0!x}", "{0!rr}", "{0!r:>8}",
        "{0:>8}", "{0:{1}}", "{0:{1}{2}}", "{0:{x}}", "{:{}}", "{0:{{}}}", "{0:{1:{2}}}", "{0[0]}", "{0[1]}",
        "{0[5]}", "{0[-1]}", "{0[a]}", "{0[]}", "{0[0}", "{0[0]x}", "{0.nope}", "{0.}", "{x[k]}",
        "{x[0]}", "{0}{}", "{}{0}", "{2}", "{0:d}", "{0:.2f}", "{0:,}", "{0:x<10}", "{0:^10.3}", "{:*^{}}", "{0:}",
        "{0!r:}", "{ 0 }", "{0 }", "{-1}", "{00}", "{0}{1}{2}", "{0:%}", "{!r}", "{:}", "{0[0][0]}", 
        "{0!a:^12}", "{x!r:{y}}", "{a{b}", "{0:}}", "{0:{}}}", "{\u00e9}", "{0:{0}}", "{0[0]!r}", "{:{:{}}}",
        "{0:{1}}{}", "{12345678901234567890123}", "{١}", "{0:١٠}",
    };

    @Test
    void formatMatchesCPython() {
        Oracle o = new Oracle();
        PyDict k = new PyDict();
        k.put(s("k"), s("K!"));
        PyObject[][] argSets = {
            {},
            {i(42)},
            {i(42), i(7)},
            {s("abc"), i(5), s(">")},
            {new PyList(new PyObject[] {s("é"), i(2)}), i(10), s("x")},
            {new PyFloat(3.14159), s("8"), s(".2f")},
        };
        for (String t : TEMPLATES) {
            for (PyObject[] args : argSets) {
                o.call(s(t), "format", args);
                PyObject[] withKw = new PyObject[args.length + 2];
                System.arraycopy(args, 0, withKw, 0, args.length);
                withKw[args.length] = k;
                withKw[args.length + 1] = s("10");
                o.call(s(t), "format", withKw, new String[] {"x", "y"});
            }
            PyDict m = new PyDict();
            m.put(s("x"), s("ex"));
            m.put(s("y"), i(6));
            o.call(s(t), "format_map", m);
            o.call(s(t), "format_map", new PyList(new PyObject[] {i(1)}));
        }
        o.check();
    }
}
