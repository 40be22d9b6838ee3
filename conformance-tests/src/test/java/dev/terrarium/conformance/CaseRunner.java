package dev.terrarium.conformance;

import dev.terrarium.controller.Sandbox;
import dev.terrarium.controller.SandboxOptions;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * Runs one case through the real path a user's script takes: the controller's public
 * {@link Sandbox#runScript} launches a child JVM, serves its requests and returns its exit code.
 * Inside the sandbox the script is {@code /work/<name>.py}, so our tracebacks say
 * {@code File "/work/name.py"}; that prefix is removed to match the form record.py writes.
 */
final class CaseRunner {

    /** How our tracebacks name the sandboxed script's directory. */
    private static final String SANDBOX_FILE_PREFIX = "File \"/work/";

    /** Far more than any case prints; a case exceeding it ends with the controller's limit code. */
    private static final long MAX_OUTPUT_BYTES = 16L << 20;

    private CaseRunner() {
    }

    /**
     * The options of a plain command-line run of {@code terrarium script.py}, plus a wall-time limit
     * (so the controller itself ends a looping child) and an output limit (so a runaway case cannot
     * fill the test JVM's heap).
     */
    static SandboxOptions options(Duration timeLimit) {
        return SandboxOptions.defaults().withTimeout(timeLimit).withMaxOutputBytes(MAX_OUTPUT_BYTES);
    }

    static CaseOutcome run(ConformanceCase c, SandboxOptions options) throws Exception {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        int exitCode = Sandbox.runScript(c.script(), List.of(), options, stdout, stderr);
        String err = stderr.toString(StandardCharsets.UTF_8).replace(SANDBOX_FILE_PREFIX, "File \"");
        return new CaseOutcome(stdout.toString(StandardCharsets.UTF_8), err, exitCode);
    }
}
