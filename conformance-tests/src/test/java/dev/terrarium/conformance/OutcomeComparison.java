package dev.terrarium.conformance;

import java.util.ArrayList;
import java.util.List;

/**
 * The comparison rules between CPython's recorded outcome and ours:
 * <ul>
 *   <li>stdout must be identical;</li>
 *   <li>the exit code must be identical;</li>
 *   <li>stderr: only its last line (exception type and message) must be identical, unless the case
 *       asks for {@code # conformance: full-stderr}, in which case the whole of it must be.</li>
 * </ul>
 * Traceback details other than the last line are compared only for full-stderr cases because
 * CPython 3.11 decorates many lines with {@code ~~^^} position markers that we do not promise.
 */
final class OutcomeComparison {

    /** Longest excerpt of an output quoted in a failure message. */
    private static final int CLIP = 1500;

    private OutcomeComparison() {
    }

    /** Returns a failure report naming every mismatch, or null when the outcomes agree. */
    static String mismatches(ConformanceCase c, CaseOutcome actual) {
        CaseOutcome expected = c.expected();
        List<String> problems = new ArrayList<>();
        if (!expected.stdout().equals(actual.stdout())) {
            problems.add(section("stdout", expected.stdout(), actual.stdout()));
        }
        if (expected.exitCode() != actual.exitCode()) {
            problems.add("exit code: expected " + expected.exitCode() + ", actual " + actual.exitCode());
        }
        if (c.fullStderr()) {
            if (!expected.stderr().equals(actual.stderr())) {
                problems.add(section("stderr (whole)", expected.stderr(), actual.stderr()));
            }
        } else if (!expected.lastStderrLine().equals(actual.lastStderrLine())) {
            problems.add(section("stderr (last line)", expected.lastStderrLine(), actual.lastStderrLine()));
        }
        if (problems.isEmpty()) {
            return null;
        }
        StringBuilder report = new StringBuilder("conformance case ").append(c.script()).append('\n');
        for (String problem : problems) {
            report.append(problem).append('\n');
        }
        boolean wholeStderrShown = c.fullStderr() && !expected.stderr().equals(actual.stderr());
        if (!wholeStderrShown) {
            // Our whole stderr usually explains a stdout or exit-code mismatch (e.g. an internal error).
            report.append("--- actual stderr (whole) ---\n").append(clip(actual.stderr()));
        }
        return report.toString();
    }

    private static String section(String what, String expected, String actual) {
        return "--- " + what + " expected ---\n" + clip(expected)
                + "\n--- " + what + " actual ---\n" + clip(actual);
    }

    private static String clip(String text) {
        if (text.length() <= CLIP) {
            return text;
        }
        return text.substring(0, CLIP) + "\n[... " + (text.length() - CLIP) + " more chars clipped]";
    }
}
