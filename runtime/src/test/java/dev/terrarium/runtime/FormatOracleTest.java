package dev.terrarium.runtime;

import static dev.terrarium.runtime.Oracle.i;
import static dev.terrarium.runtime.Oracle.s;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@code format(value, spec)} over generated specs and values, against python3 (one process). */
class FormatOracleTest {

    static final PyObject[] INTS = {i(0), i(1), i(-1), i(7), i(42), i(-42), i(255), i(-255), i(1000), i(1234567),
        i(-1234567), i(65), i(0x1F600), i(0x10FFFF), i(0x110000), PyInt.of(BigInteger.TWO.pow(64)),
        PyInt.of(BigInteger.TWO.pow(70).negate()), PyInt.of(BigInteger.TEN.pow(25)), PyBool.TRUE, PyBool.FALSE};

    static final double[] DOUBLES = {0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -2.5, 0.1, 0.125, 2.675, 9.995, 3.14159,
        1234.5678, -1234.5678, 1e16, 1e15, 123456789.0, 1e-5, 1e-4, 0.0001234, 1e300, 1e-300, 5e-324, 1.7976931348623157e308,
        1e22, 12345678901234567890.0, 0.05, -0.0004, 99.99, 999999.5, 1 / 3.0, 2 / 3.0, 100.0,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN};

    static final PyObject[] STRS = {s(""), s("a"), s("hello"), s("ß😀x"), s("Ünïcode"), s("12345")};

    static final String[] FILL_ALIGN = {"", "", "<", ">", "^", "=", "*<", "*>", "*^", "0=", "x=", "😀^", "0<", "{>"};
    static final String[] SIGN = {"", "", "+", "-", " "};
    static final String[] Z = {"", "", "", "z"};
    static final String[] ALT = {"", "", "#"};
    static final String[] ZERO = {"", "", "0"};
    static final String[] WIDTH = {"", "", "1", "5", "8", "12", "20"};
    static final String[] GROUP = {"", "", "", ",", "_"};
    static final String[] PREC = {"", "", ".0", ".1", ".2", ".3", ".6", ".12", ".17", ".30"};
    static final String[] INT_TYPES = {"", "d", "b", "o", "x", "X", "c", "n", "e", "f", "g", "%", "E", "G", "F", "s"};
    static final String[] FLOAT_TYPES = {"", "", "e", "E", "f", "F", "g", "G", "n", "%", "d"};
    static final String[] STR_TYPES = {"", "", "s", "d"};

    private static String pick(SplittableRandom r, String[] xs) {
        return xs[r.nextInt(xs.length)];
    }

    private static String spec(SplittableRandom r, String[] types) {
        return pick(r, FILL_ALIGN) + pick(r, SIGN) + pick(r, Z) + pick(r, ALT) + pick(r, ZERO) + pick(r, WIDTH)
                + pick(r, GROUP) + pick(r, PREC) + pick(r, types);
    }

    private static void format(Oracle o, PyObject v, String spec) {
        PyObject f = Builtins.DICT.get(s("format"));
        o.add("format(" + Oracle.py(v) + ", " + Oracle.py(s(spec)) + ")", () -> f.call2(v, s(spec)));
    }

    @Test
    void generatedSpecsMatchCPython() {
        Oracle o = new Oracle();
        SplittableRandom r = new SplittableRandom(20261128);
        for (int k = 0; k < 6000; k++) {
            format(o, INTS[r.nextInt(INTS.length)], spec(r, INT_TYPES));
            format(o, new PyFloat(DOUBLES[r.nextInt(DOUBLES.length)]), spec(r, FLOAT_TYPES));
        }
        for (int k = 0; k < 1500; k++) {
            format(o, STRS[r.nextInt(STRS.length)], spec(r, STR_TYPES));
        }
        // Correct rounding on the exact binary value, many precisions.
        for (int k = 0; k < 3000; k++) {
            double d = Double.longBitsToDouble(r.nextLong());
            if (k % 3 == 0) {
                d = r.nextInt(100000) / 1000.0 + 0.0005;
            }
            String t = "efg%".charAt(r.nextInt(4)) + "";
            format(o, new PyFloat(d), "." + r.nextInt(25) + t);
            format(o, new PyFloat(d), "");
            format(o, new PyFloat(d), "." + r.nextInt(20));
        }
        String[] fixed = {"", "d", "+", " ", "z", "#", "=", "05", ",s", ",,", ",_", "_,", ".", "xx", ".2", "+c", "#c",
            ",c", "_c", ",x", "_x", ",n", "n", "\u0001", ",\u0001", "99999999999999999999", ".99999999999999999999",
            "010", "=+10", "08,", "09,", "010,", "0=10,", "x=10,", "x<10,", "015,.2f", "=5", "^", "s", ".0", ".3",
            "#.0e", "#g", "#.3", "z.1f", "_.2f", "#_b", "#010x", "X", "#X", "c", "%", "e", ".3g", ".2e", "<<", "é",
            "😀<10", "\u0000<5", "١٠", ".١f", ".2147483648", ".2147483647s"};
        PyObject[] values = {i(1234), i(-5), new PyFloat(1234.5), new PyFloat(-0.0), s("ab"), PyNone.INSTANCE,
            new PyList(new PyObject[] {i(1)}), PyBool.TRUE, PyInt.of(BigInteger.TEN.pow(400))};
        for (PyObject v : values) {
            for (String spec : fixed) {
                format(o, v, spec);
            }
        }
        PyObject f = Builtins.DICT.get(s("format"));
        o.add("format()", () -> f.call0());
        o.add("format(1, 2)", () -> f.call2(i(1), i(2)));
        o.add("format(1, 'd', 3)", () -> f.call3(i(1), s("d"), i(3)));
        o.add("format(1.5)", () -> f.call1(new PyFloat(1.5)));
        o.add("ascii('é😀\\n')", () -> Builtins.DICT.get(s("ascii")).call1(s("é😀\n")));
        o.add("ascii(['é', 1])", () -> Builtins.DICT.get(s("ascii")).call1(new PyList(new PyObject[] {s("é"), i(1)})));
        o.check();
    }
}
