package dev.terrarium.runtime;

import dev.terrarium.runtime.text.CPython;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Set algebra on random sets of ints and floats, compared with CPython by repr, which
 * includes the iteration order (the table layout) and frozenset hashes.
 */
class SetOracleTest {

    private static final String SCRIPT = String.join("\n",
            "import sys",
            "for line in sys.stdin:",
            "    a, b = line.split(';')",
            "    a = eval(a); b = eval(b)",
            "    sa, sb = set(a), set(b)",
            "    out = [repr(sa), repr(sa | sb), repr(sa & sb), repr(sa - sb), repr(sa ^ sb),",
            "           repr(sa.union(b, a)), repr(sa.intersection(b)), repr(sa.difference(b)),",
            "           repr(sa.symmetric_difference(b)), str(sa <= sb), str(sa < sb), str(sa == sb),",
            "           str(sa >= sb), str(sa.isdisjoint(b)), str(sa.issubset(b)), str(sa.issuperset(b)),",
            "           str(hash(frozenset(a))), repr(frozenset(a) | frozenset(b)), repr(frozenset(b) - sa)]",
            "    s = set(a)",
            "    for x in b: s.discard(x)",
            "    for x in b: s.add(x * 3)",
            "    out.append(repr(s)); out.append(str(hash(frozenset(s))))",
            "    c = set(a); c ^= sb; out.append(repr(c)); c -= set(a[:3]); out.append(repr(c));",
            "    c |= sb; out.append(repr(c)); c &= sb; out.append(repr(c))",
            "    d = set(a); d.intersection_update(b); d.difference_update(a[:2]); d.symmetric_difference_update(b)",
            "    out.append(repr(d))",
            "    p = set(a + b); pops = []",
            "    while p: pops.append(p.pop())",
            "    out.append(repr(pops))",
            "    print(' # '.join(out))");

    private static PyObject randomElement(Random rnd) {
        int kind = rnd.nextInt(10);
        if (kind < 6) {
            return PyInt.of(rnd.nextInt(80) - 10);
        }
        if (kind == 6) {
            return PyInt.of(BigInteger.ONE.shiftLeft(61).subtract(BigInteger.ONE).multiply(BigInteger.valueOf(rnd.nextInt(5))).add(BigInteger.valueOf(rnd.nextInt(4))));
        }
        if (kind == 7) {
            return new PyFloat(rnd.nextInt(40) / 4.0);
        }
        if (kind == 8) {
            return PyInt.of(rnd.nextInt(8) * 64L + rnd.nextInt(3));
        }
        return PyTuple.of(PyInt.of(rnd.nextInt(4)), PyInt.of(rnd.nextInt(4)));
    }

    private static PyList randomList(Random rnd, int max) {
        int n = rnd.nextInt(max);
        PyList l = new PyList();
        for (int i = 0; i < n; i++) {
            l.append(randomElement(rnd));
        }
        return l;
    }

    private static PyObject call(PyObject self, String method, PyObject... args) {
        return Ops.callMethod(Ops.loadMethod(self, method), self, args, null);
    }

    private static String javaSide(PyList a, PyList b) {
        PyObject sa = PySet.TYPE.call1(a);
        PyObject sb = PySet.TYPE.call1(b);
        List<String> out = new ArrayList<>();
        out.add(sa.repr());
        out.add(Ops.or(sa, sb).repr());
        out.add(Ops.and(sa, sb).repr());
        out.add(Ops.sub(sa, sb).repr());
        out.add(Ops.xor(sa, sb).repr());
        out.add(call(sa, "union", b, a).repr());
        out.add(call(sa, "intersection", b).repr());
        out.add(call(sa, "difference", b).repr());
        out.add(call(sa, "symmetric_difference", b).repr());
        out.add(Ops.le(sa, sb).repr());
        out.add(Ops.lt(sa, sb).repr());
        out.add(Ops.eqObj(sa, sb).repr());
        out.add(Ops.ge(sa, sb).repr());
        out.add(call(sa, "isdisjoint", b).repr());
        out.add(call(sa, "issubset", b).repr());
        out.add(call(sa, "issuperset", b).repr());
        out.add(Long.toString(PyFrozenSet.TYPE.call1(a).hash()));
        out.add(Ops.or(PyFrozenSet.TYPE.call1(a), PyFrozenSet.TYPE.call1(b)).repr());
        out.add(Ops.sub(PyFrozenSet.TYPE.call1(b), sa).repr());
        PyObject s = PySet.TYPE.call1(a);
        for (int i = 0; i < b.size(); i++) {
            call(s, "discard", b.get(i));
        }
        for (int i = 0; i < b.size(); i++) {
            call(s, "add", Ops.mul(b.get(i), PyInt.of(3)));
        }
        out.add(s.repr());
        out.add(Long.toString(PyFrozenSet.TYPE.call1(s).hash()));
        PyObject c = PySet.TYPE.call1(a);
        c = Ops.ixor(c, sb);
        out.add(c.repr());
        c = Ops.isub(c, PySet.TYPE.call1(a.getItem(new PySlice(PyNone.INSTANCE, PyInt.of(3), PyNone.INSTANCE))));
        out.add(c.repr());
        c = Ops.ior(c, sb);
        out.add(c.repr());
        c = Ops.iand(c, sb);
        out.add(c.repr());
        PyObject d = PySet.TYPE.call1(a);
        call(d, "intersection_update", b);
        call(d, "difference_update", a.getItem(new PySlice(PyNone.INSTANCE, PyInt.of(2), PyNone.INSTANCE)));
        call(d, "symmetric_difference_update", b);
        out.add(d.repr());
        PyObject p = PySet.TYPE.call1(Ops.add(a, b));
        PyList pops = new PyList();
        while (p.isTrue()) {
            pops.append(call(p, "pop"));
        }
        out.add(pops.repr());
        return String.join(" # ", out);
    }

    @Test
    void randomSetAlgebraMatchesCPythonIncludingOrder() {
        Random rnd = new Random(20261128);
        List<PyList[]> cases = new ArrayList<>();
        List<String> input = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            int max = i < 300 ? 12 : 60;
            PyList a = randomList(rnd, max);
            PyList b = randomList(rnd, max);
            cases.add(new PyList[] {a, b});
            input.add(a.repr() + ";" + b.repr());
        }
        List<String> expected = CPython.run(SCRIPT, input);
        for (int i = 0; i < cases.size(); i++) {
            assertEquals(expected.get(i), javaSide(cases.get(i)[0], cases.get(i)[1]), "case " + input.get(i));
        }
    }
}
