package dev.terrarium.benchmarks;

import dev.terrarium.interpreter.ast.Module;
import dev.terrarium.interpreter.parser.PythonFrontEnd;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * Steady-state speed of the front end, source text to AST (CPython's counterpart is
 * {@code ast.parse}), over the standard-library files listed in benchmarks/parse-corpus.txt.
 * {@code benchmarks/parse-speed.sh} runs it beside CPython on the same files and reports
 * lines per second for both.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParseBenchmark {

    /** CPython 3.11's standard library directory. */
    @Param("")
    public String stdlib;

    /** The list of files to parse, one path relative to {@link #stdlib} per line. */
    @Param("benchmarks/parse-corpus.txt")
    public String corpus;

    private final List<String> names = new ArrayList<>();
    private final List<String> sources = new ArrayList<>();

    /** Lines in the corpus, printed once so that a time per operation converts to lines/s. */
    public int lines;

    @Setup
    public void load() throws IOException {
        if (stdlib.isEmpty()) {
            throw new IllegalArgumentException("pass -p stdlib=DIR (CPython's stdlib directory)");
        }
        for (String line : Files.readAllLines(Path.of(corpus), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String text = Files.readString(Path.of(stdlib, line.strip()), StandardCharsets.UTF_8);
            names.add(line.strip());
            sources.add(text);
            lines += (int) text.lines().count();
        }
        System.out.println("\nparse corpus: " + sources.size() + " files, " + lines + " lines");
    }

    @Benchmark
    public int parseCorpus() {
        int statements = 0;
        for (int i = 0; i < sources.size(); i++) {
            Module m = PythonFrontEnd.parse(sources.get(i), names.get(i));
            statements += m.body().size();
        }
        return statements;
    }
}
