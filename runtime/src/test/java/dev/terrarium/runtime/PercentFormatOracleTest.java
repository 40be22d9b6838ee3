package dev.terrarium.runtime;

import static dev.terrarium.runtime.Oracle.i;
import static dev.terrarium.runtime.Oracle.s;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@code fmt % args} over generated conversions and arguments, against python3 (one process). */
class PercentFormatOracleTest {

    static final PyObject[] VALUES = {i(0), i(1), i(-1), i(42), i(-42), i(255), i(65), i(0x1F600), i(-0x110000),
        PyInt.of(BigInteger.TWO.pow(70)), PyBool.TRUE, new PyFloat(0.0), new PyFloat(-0.0), new PyFloat(1.5),
        new PyFloat(-2.5), new PyFloat(3.14159), new PyFloat(1e16), new PyFloat(1e-5), new PyFloat(123456.789),
        new PyFloat(Double.POSITIVE_INFINITY), new PyFloat(Double.NEGATIVE_INFINITY), new PyFloat(Double.NaN),
        s(""), s("a"), s("hello"), s("é😀"), PyNone.INSTANCE, new PyList(new PyObject[] {i(1), s("x")}),
        PyTuple.of(i(1))};

    static final String[] FLAGS = {"", "", "", "-", "+", " ", "#", "0", "-0", "+0", "#0", "+ ", "-#", "0#+"};
    static final String[] WIDTH = {"", "", "1", "3", "8", "15", "*"};
    static final String[] PREC = {"", "", "", ".0", ".1", ".3", ".10", ".", ".*"};
    static final String CONVERSIONS = "diuoxXeEfFgGcrsa";

    private static String pick(SplittableRandom r, String[] xs) {
        return xs[r.nextInt(xs.length)];
    }

    private static void percent(Oracle o, String fmt, PyObject args) {
        o.add(Oracle.py(s(fmt)) + " % " + (args instanceof PyTuple ? Oracle.py(args) : "(" + Oracle.py(args) + ")"),
                () -> Ops.mod(s(fmt), args));
    }

    @Test
    void generatedConversionsMatchCPython() {
        Oracle o = new Oracle();
        SplittableRandom r = new SplittableRandom(5);
        for (int k = 0; k < 8000; k++) {
            String w = pick(r, WIDTH);
            String p = pick(r, PREC);
            char conv = CONVERSIONS.charAt(r.nextInt(CONVERSIONS.length()));
            String fmt = "<%" + pick(r, FLAGS) + w + p + conv + ">";
            PyObject v = VALUES[r.nextInt(VALUES.length)];
            int stars = (w.equals("*") ? 1 : 0) + (p.equals(".*") ? 1 : 0);
            PyObject[] args = new PyObject[stars + 1];
            for (int j = 0; j < stars; j++) {
                args[j] = i(r.nextInt(14) - 4);
            }
            args[stars] = v;
            percent(o, fmt, new PyTuple(args));
        }
        PyDict d = new PyDict();
        d.put(s("a"), i(3));
        d.put(s("name"), s("Ada"));
        d.put(s("a(b)"), new PyFloat(2.5));
        String[] mapped = {"%(a)d", "%(name)s is %(a)03d", "%(a(b))s", "%(missing)s", "%(a", "%(a)s %s", "%s",
            "%(a)*d", "%(a)%", "%(name)-8s|", "%%%(a)x", ""};
        for (String f : mapped) {
            percent(o, f, d);
        }
        Object[][] fixed = {
            {"%5%", i(1)}, {"%%", PyTuple.EMPTY}, {"%s%%", i(1)}, {"%y", i(1)}, {"%\u0001", i(1)}, {"%é", i(1)},
            {"abc%", i(1)}, {"%(a)s", i(1)}, {"%s %s", i(1)}, {"%s", PyTuple.of(i(1), i(2))}, {"", i(5)},
            {"", new PyList(new PyObject[0])}, {"", new PyDict()}, {"", s("a")}, {"%s", PyTuple.EMPTY},
            {"%*d", PyTuple.of(s("x"), i(1))}, {"%.*f", PyTuple.of(new PyFloat(2.0), new PyFloat(1.0))},
            {"%c", s("ab")}, {"%c", new PyFloat(1.5)}, {"%d", s("a")}, {"%x", new PyFloat(1.5)}, {"%f", s("a")},
            {"%e", PyInt.of(BigInteger.TEN.pow(400))}, {"%y", PyTuple.EMPTY}, {"%s %y", PyTuple.of(i(1))},
            {"%.2s|%5.1s|%-5.3r", PyTuple.of(s("abc"), s("xyz"), s("q"))}, {"%s", s("plain")},
            {"%d items", PyTuple.of(i(3))}, {"%#.0f %#.0e %#g", PyTuple.of(new PyFloat(2.5), new PyFloat(2.5),
                new PyFloat(1.0))},
        };
        for (Object[] f : fixed) {
            percent(o, (String) f[0], (PyObject) f[1]);
        }
        o.check();
    }
}
