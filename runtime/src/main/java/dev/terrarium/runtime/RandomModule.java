package dev.terrarium.runtime;

import java.math.BigInteger;

/**
 * The {@code random} module: the methods of {@link PyRandom} (the algorithms of CPython's
 * random.py on its Mersenne Twister), and module functions bound to one hidden instance,
 * seeded from the controller's randomness when the module is first imported.
 */
final class RandomModule {
    private RandomModule() {}

    private static void def(String name, PyMethodDescriptor.Body body) {
        PyRandom.TYPE.define(name, new PyMethodDescriptor(PyRandom.TYPE, name, body));
    }

    private static PyRandom self(PyObject s) {
        return (PyRandom) s;
    }

    private static double number(PyObject o) {
        return MathModule.toDouble(o);
    }

    static {
        def("seed", (s, a, k) -> {
            ArgParser.arity("seed", a, 0, 2);
            self(s).seed(a.length == 0 ? PyNone.INSTANCE : a[0]);
            return PyNone.INSTANCE;
        });
        def("random", (s, a, k) -> {
            ArgParser.noArgs("random", a, k);
            return new PyFloat(self(s).random());
        });
        def("getrandbits", (s, a, k) -> {
            ArgParser.noKeywords("getrandbits", k);
            ArgParser.arity("getrandbits", a, 1, 1);
            return PyInt.of(self(s).getrandbits(ArgParser.index(a[0]).asLong()));
        });
        def("randrange", (s, a, k) -> {
            ArgParser.noKeywords("randrange", k);
            ArgParser.arity("randrange", a, 1, 3);
            return PyInt.of(self(s).randrange(a[0], a.length > 1 ? a[1] : null, a.length > 2 ? a[2] : null));
        });
        def("randint", (s, a, k) -> {
            ArgParser.noKeywords("randint", k);
            ArgParser.arity("randint", a, 2, 2);
            BigInteger b = ArgParser.index(a[1]).asBig().add(BigInteger.ONE);
            return PyInt.of(self(s).randrange(a[0], PyInt.of(b), null));
        });
        def("choice", (s, a, k) -> {
            ArgParser.noKeywords("choice", k);
            ArgParser.arity("choice", a, 1, 1);
            long n = a[0].len();
            if (n == 0) {
                throw PyErrors.indexError("Cannot choose from an empty sequence");
            }
            return a[0].getItem(PyInt.of(self(s).randbelow(n)));
        });
        def("shuffle", (s, a, k) -> {
            ArgParser.noKeywords("shuffle", k);
            ArgParser.arity("shuffle", a, 1, 1);
            PyObject x = a[0];
            for (long i = x.len() - 1; i > 0; i--) {
                PyInt pi = PyInt.of(i);
                PyInt pj = PyInt.of(self(s).randbelow(i + 1));
                PyObject xi = x.getItem(pi);
                PyObject xj = x.getItem(pj);
                x.setItem(pi, xj);
                x.setItem(pj, xi);
            }
            return PyNone.INSTANCE;
        });
        def("sample", RandomModule::sample);
        def("uniform", (s, a, k) -> {
            ArgParser.noKeywords("uniform", k);
            ArgParser.arity("uniform", a, 2, 2);
            double lo = number(a[0]);
            double hi = number(a[1]);
            return new PyFloat(lo + (hi - lo) * self(s).random());
        });
        def("gauss", (s, a, k) -> {
            ArgParser.noKeywords("gauss", k);
            ArgParser.arity("gauss", a, 0, 2);
            double mu = a.length > 0 ? number(a[0]) : 0.0;
            double sigma = a.length > 1 ? number(a[1]) : 1.0;
            return new PyFloat(self(s).gauss(mu, sigma));
        });
    }

    /** random.py's {@code sample(population, k)}: a pool for small populations, a set of picks for large ones. */
    private static PyObject sample(PyObject s, PyObject[] a, String[] k) {
        PyObject kw = ArgParser.keyword("sample", a, k, "k", "counts");
        int npos = ArgParser.positionalCount(a, k);
        ArgParser.arity("sample", java.util.Arrays.copyOf(a, npos), kw == null ? 2 : 1, kw == null ? 2 : 1);
        PyObject population = a[0];
        if (population instanceof PySet || population instanceof PyFrozenSet || population instanceof PyDict
                || population.type().lookup("__getitem__") == null && !(population instanceof PyList
                || population instanceof PyTuple || population instanceof PyStr || population instanceof PyRange)) {
            throw PyErrors.typeError("Population must be a sequence.  For dicts or sets, use sorted(d).");
        }
        long count = ArgParser.index(kw != null ? kw : a[1]).asLong();
        long n = population.len();
        if (count < 0 || count > n) {
            throw PyErrors.valueError("Sample larger than population or is negative");
        }
        PyObject[] result = new PyObject[(int) count];
        long setsize = 21;
        if (count > 5) {
            setsize += (long) Math.pow(4, Math.ceil(Math.log(count * 3) / Math.log(4)));
        }
        PyRandom r = self(s);
        if (n <= setsize) {
            PyObject[] pool = Ops.toArray(population);
            for (int i = 0; i < count; i++) {
                int j = (int) r.randbelow(n - i);
                result[i] = pool[j];
                pool[j] = pool[(int) (n - i - 1)];
            }
        } else {
            java.util.HashSet<Long> selected = new java.util.HashSet<>();
            for (int i = 0; i < count; i++) {
                long j = r.randbelow(n);
                while (selected.contains(j)) {
                    j = r.randbelow(n);
                }
                selected.add(j);
                result[i] = population.getItem(PyInt.of(j));
            }
        }
        return new PyList(result);
    }

    static PyModule create() {
        PyModule m = new PyModule("random", new PyDict(), null);
        PyRandom hidden = new PyRandom();
        hidden.seed(PyNone.INSTANCE);
        m.setAttr("Random", PyRandom.TYPE);
        for (String name : new String[] {"seed", "random", "getrandbits", "randrange", "randint", "choice", "shuffle",
            "sample", "uniform", "gauss"}) {
            m.setAttr(name, PyRandom.TYPE.lookup(name).bindTo(hidden));
        }
        return m;
    }
}
