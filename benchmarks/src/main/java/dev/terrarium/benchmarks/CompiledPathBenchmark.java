package dev.terrarium.benchmarks;

import dev.terrarium.interpreter.Interpreter;
import dev.terrarium.runtime.PyDict;
import dev.terrarium.runtime.PyInt;
import dev.terrarium.runtime.PyObject;
import dev.terrarium.runtime.PyStr;
import java.lang.invoke.MethodHandle;
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
 * of benchmarks/programs-style code, compiled once and called repeatedly in this JVM.
 * Compare with CPython through {@code benchmarks/compare.sh}, which runs the same
 * algorithms side by side.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CompiledPathBenchmark {

    private static final String SOURCE = """
            def fib(n):
                if n < 2:
                    return n
                return fib(n - 1) + fib(n - 2)

            def bench_fib(n):
                return fib(n)

            def bench_loop(n):
                total = 0
                i = 0
                while i < n * 10000:
                    total += i % 7
                    i += 1
                return total

            def bench_lists(n):
                xs = []
                for i in range(n * 1000):
                    xs.append(i * 2)
                d = {}
                for x in xs:
                    d[x % 101] = d.get(x % 101, 0) + x
                return len(d)
            """;

    @Param({"bench_fib", "bench_loop", "bench_lists"})
    public String name;

    private PyObject function;
    private PyObject argument;

    @Setup
    public void setUp() throws Throwable {
        MethodHandle body = Interpreter.compile(SOURCE, "bench.py");
        PyDict globals = new PyDict();
        globals.put(PyStr.of("__name__"), PyStr.of("bench"));
        body.invokeExact(globals);
        function = globals.get(PyStr.of(name));
        argument = PyInt.of(name.equals("bench_fib") ? 25 : 100);
    }

    @Benchmark
    public PyObject run() {
        return function.call1(argument);
    }
}
