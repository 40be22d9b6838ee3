package dev.terrarium.conformance;

import static org.junit.jupiter.api.Assertions.fail;

import dev.terrarium.controller.SandboxOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * One dynamic test per conformance case ({@code cases/<area>/<name>.py}), named {@code area/name}:
 * the case runs in a sandbox child process and its stdout, stderr and exit code are compared with
 * what CPython 3.11 recorded (rules in {@link OutcomeComparison}).
 *
 * <p>System properties:
 * <ul>
 *   <li>{@code conformance.filter}: comma-separated prefixes of {@code area/name} to run
 *       (e.g. {@code -Dconformance.filter=arithmetic,errors/zero_division}); default all;</li>
 *   <li>{@code conformance.threads}: cases run concurrently (each starts a JVM); default 1 (see README);</li>
 *   <li>{@code conformance.timeoutSeconds}: wall-time limit of one case's sandboxed run; default 60;</li>
 *   <li>{@code conformance.cases}: the cases root; default {@code cases} (the module directory is
 *       the working directory under Maven).</li>
 * </ul>
 * All cases are submitted up front so the pool keeps busy while JUnit reports them in order.
 */
class ConformanceTest {

    private static ExecutorService pool;

    @TestFactory
    Stream<DynamicTest> conformanceCases() {
        Path root = Path.of(System.getProperty("conformance.cases", "cases"));
        String filter = System.getProperty("conformance.filter", "");
        int threads = Integer.getInteger("conformance.threads", 1);
        long timeoutSeconds = Long.getLong("conformance.timeoutSeconds", 60);

        List<ConformanceCase> cases = CaseCatalog.discover(root, filter);
        if (cases.isEmpty()) {
            fail("no conformance case under " + root.toAbsolutePath() + " matches filter '" + filter + "'");
        }
        pool = Executors.newFixedThreadPool(Math.max(1, threads), runnable -> {
            Thread t = new Thread(runnable, "conformance-case");
            t.setDaemon(true);
            return t;
        });
        SandboxOptions options = CaseRunner.options(Duration.ofSeconds(timeoutSeconds));
        // The sandbox enforces the time limit; this longer wait only guards against a stuck controller.
        long waitSeconds = timeoutSeconds + 30;
        List<DynamicTest> tests = new ArrayList<>();
        for (ConformanceCase c : cases) {
            Future<CaseOutcome> outcome = pool.submit(() -> CaseRunner.run(c, options));
            tests.add(DynamicTest.dynamicTest(c.id(), c.script().toUri(),
                    () -> check(c, outcome, waitSeconds)));
        }
        return tests.stream();
    }

    private static void check(ConformanceCase c, Future<CaseOutcome> pending, long timeoutSeconds)
            throws InterruptedException {
        CaseOutcome actual;
        try {
            actual = pending.get(timeoutSeconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            fail("conformance case " + c.script() + " got no result within " + timeoutSeconds + " s");
            return;
        } catch (ExecutionException e) {
            throw new AssertionError("conformance case " + c.script() + " could not be run", e.getCause());
        }
        String report = OutcomeComparison.mismatches(c, actual);
        if (report != null) {
            fail(report);
        }
    }

    @AfterAll
    static void shutDownPool() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
