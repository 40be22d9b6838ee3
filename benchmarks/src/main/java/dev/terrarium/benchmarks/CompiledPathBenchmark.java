package dev.terrarium.benchmarks;

import dev.terrarium.interpreter.Interpreter;
import dev.terrarium.runtime.PyDict;
import dev.terrarium.runtime.PyObject;
import dev.terrarium.runtime.PyStr;
import java.io.InputStream;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Steady-state speed of compiled Python: each benchmark is a {@code bench_*(n)} function
 * of the resource steady_state.py, compiled once and called repeatedly in this JVM.
 * {@code benchmarks/steady_state.sh} runs this and the same functions in CPython side by side
 * and prints the ratios; {@code benchmarks/compare.sh} times whole processes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CompiledPathBenchmark {

    /** The benchmark functions, shared with benchmarks/steady_state.sh's CPython side. */
    private static final String RESOURCE = "steady_state.py";

    @Param({"bench_fib", "bench_loop", "bench_lists", "bench_methods", "bench_attributes"})
    public String name;

    private PyObject function;
    private PyObject argument;

    @Setup
    public void setUp() throws Throwable {
        String source;
        try (InputStream in = CompiledPathBenchmark.class.getResourceAsStream(RESOURCE)) {
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        MethodHandle body = Interpreter.compile(source, RESOURCE);
        PyDict globals = new PyDict();
        globals.put(PyStr.of("__name__"), PyStr.of("bench"));
        body.invokeExact(globals);
        function = globals.get(PyStr.of(name));
        argument = ((PyDict) globals.get(PyStr.of("SIZES"))).get(PyStr.of(name));
    }

    @Benchmark
    public PyObject run() {
        return function.call1(argument);
    }
}
