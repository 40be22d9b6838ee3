package dev.terrarium.runtime;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.terrarium.runtime.text.CPython;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Compares Java evaluations with python3's answers for the same Python expressions, all in
 * one python3 process. Each case is a Python expression and the Java computation of it; the
 * outcome on both sides is {@code =repr(result)} or {@code !ExceptionType: message}.
 */
final class Oracle {
    private static final String SCRIPT = String.join("\n",
            "import sys",
            "env = {'inf': float('inf'), 'nan': float('nan')}",
            "out = []",
            "for line in sys.stdin:",
            "    src = line.rstrip('\\n')",
            "    try:",
            "        r = '=' + repr(eval(src, env))",
            "    except Exception as e:",
            "        r = '!' + type(e).__name__ + ': ' + str(e)",
            "    out.append(ascii(r))",
            "sys.stdout.write('\\n'.join(out) + '\\n')");

    private final List<String> expressions = new ArrayList<>();
    private final List<Supplier<PyObject>> computations = new ArrayList<>();

    void add(String pythonExpression, Supplier<PyObject> java) {
        expressions.add(pythonExpression);
        computations.add(java);
    }

    int size() {
        return expressions.size();
    }

    /** Python source for a value (repr, with inf and nan named by the script's globals). */
    static String py(PyObject o) {
        return o.repr();
    }

    /** {@code recv.name(args..., kw=value...)}. */
    void call(PyObject recv, String name, PyObject[] args, String[] kwnames) {
        StringBuilder src = new StringBuilder(recvSource(recv)).append('.').append(name).append('(');
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        for (int i = 0; i < args.length; i++) {
            if (i > 0) {
                src.append(", ");
            }
            if (i >= npos) {
                src.append(kwnames[i - npos]).append('=');
            }
            src.append(py(args[i]));
        }
        src.append(')');
        add(src.toString(), () -> invoke(recv, name, args, kwnames));
    }

    void call(PyObject recv, String name, PyObject... args) {
        call(recv, name, args, null);
    }

    /** {@code recv.name(args)} as generated code performs it. */
    static PyObject invoke(PyObject recv, String name, PyObject[] args, String[] kwnames) {
        return Ops.callMethod(Ops.loadMethod(recv, name), recv, args, kwnames);
    }

    private static String recvSource(PyObject recv) {
        if (recv instanceof PyType t) {
            return t.name();
        }
        return "(" + py(recv) + ")";
    }

    static String outcome(Supplier<PyObject> java) {
        try {
            return "=" + Ops.repr(java.get());
        } catch (PyException e) {
            return "!" + e.value().type().name() + ": " + e.value().str();
        } catch (RuntimeException e) {
            return "JAVA " + e;
        }
    }

    /** Runs every case and fails listing the mismatches (up to 40). */
    void check() {
        List<String> expected = CPython.run(SCRIPT, expressions);
        List<String> failures = new ArrayList<>();
        int failed = 0;
        for (int i = 0; i < expressions.size(); i++) {
            String got = dev.terrarium.runtime.text.StrRepr.asciiRepr(outcome(computations.get(i)));
            if (!got.equals(expected.get(i))) {
                failed++;
                if (failures.size() < 40) {
                    failures.add(expressions.get(i) + "\n    python: " + expected.get(i) + "\n    java:   " + got);
                }
            }
        }
        assertTrue(failed == 0, failed + " of " + expressions.size() + " cases differ from CPython:\n"
                + String.join("\n", failures));
    }

    static PyStr s(String v) {
        return PyStr.of(v);
    }

    static PyInt i(long v) {
        return PyInt.of(v);
    }
}
