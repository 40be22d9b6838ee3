package dev.terrarium.benchmarks;

import dev.terrarium.interpreter.Interpreter;
import dev.terrarium.runtime.PyDict;
import dev.terrarium.runtime.PyObject;
import dev.terrarium.runtime.PyStr;
import java.io.InputStream;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;

/**
 * The Terrarium half of {@code benchmarks/steady_state.sh}: compiles the resource
 * steady_state.py once, calls each named {@code bench_*} function {@code repeats} times in
 * this JVM and prints, per function, {@code name best_ms result}: the best wall time of one
 * call once warm, the same measure the script takes of CPython (min of timeit repeats).
 * Lighter than JMH, so the script can interleave it with CPython runs on a busy machine.
 */
public final class SteadyStateMain {
    private SteadyStateMain() {}

    public static void main(String[] args) throws Throwable {
        int repeats = Integer.parseInt(args[0]);
        String source;
        try (InputStream in = SteadyStateMain.class.getResourceAsStream("steady_state.py")) {
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        MethodHandle body = Interpreter.compile(source, "steady_state.py");
        PyDict globals = new PyDict();
        globals.put(PyStr.of("__name__"), PyStr.of("bench"));
        body.invokeExact(globals);
        PyDict sizes = (PyDict) globals.get(PyStr.of("SIZES"));
        for (int i = 1; i < args.length; i++) {
            PyObject function = globals.get(PyStr.of(args[i]));
            PyObject n = sizes.get(PyStr.of(args[i]));
            long best = Long.MAX_VALUE;
            PyObject result = null;
            for (int r = 0; r < repeats; r++) {
                long start = System.nanoTime();
                result = function.call1(n);
                best = Math.min(best, System.nanoTime() - start);
            }
            System.out.println(args[i] + " " + best / 1e6 + " " + result.repr());
        }
    }
}
