package dev.terrarium.runtime.text;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one python3 process as the oracle: the test's input lines go to its stdin (via a
 * temporary file, so neither side can block on a full pipe), its stdout lines come back.
 * Tests that need the oracle are skipped, loudly, when python3 3.11+ is absent.
 */
public final class CPython {

    private CPython() {
    }

    /** Runs {@code script} with {@code input} lines on stdin; returns its stdout lines. */
    public static List<String> run(String script, List<String> input) {
        return run(script, input, java.util.Map.of());
    }

    /** As {@link #run(String, List)}, with extra environment variables for python3 (e.g. PYTHONHASHSEED). */
    public static List<String> run(String script, List<String> input, java.util.Map<String, String> env) {
        assumePython();
        try {
            Path in = Files.createTempFile("terrarium-oracle", ".in");
            Path out = Files.createTempFile("terrarium-oracle", ".out");
            try {
                Files.write(in, input, StandardCharsets.UTF_8);
                ProcessBuilder pb = new ProcessBuilder("python3", "-X", "utf8", "-c", script);
                pb.environment().putAll(env);
                Process p = pb
                        .redirectInput(in.toFile())
                        .redirectOutput(out.toFile())
                        .redirectError(ProcessBuilder.Redirect.INHERIT)
                        .start();
                if (!p.waitFor(120, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new AssertionError("python3 oracle timed out");
                }
                if (p.exitValue() != 0) {
                    throw new AssertionError("python3 oracle failed with exit " + p.exitValue());
                }
                List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
                if (lines.size() != input.size()) {
                    throw new AssertionError("python3 oracle answered " + lines.size()
                            + " lines for " + input.size() + " inputs");
                }
                return lines;
            } finally {
                Files.deleteIfExists(in);
                Files.deleteIfExists(out);
            }
        } catch (IOException e) {
            throw new AssertionError("python3 oracle I/O failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static Boolean available;

    private static synchronized void assumePython() {
        if (available == null) {
            available = probe();
            if (!available) {
                System.err.println("\n*** python3 (3.11+) NOT FOUND: CPython comparison tests are SKIPPED ***\n");
            }
        }
        assumeTrue(available, "python3 3.11+ is not available; CPython comparison skipped");
    }

    private static boolean probe() {
        try {
            Process p = new ProcessBuilder("python3", "-c",
                    "import sys; sys.exit(0 if sys.version_info >= (3, 11) else 3)")
                    .redirectErrorStream(true)
                    .start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
