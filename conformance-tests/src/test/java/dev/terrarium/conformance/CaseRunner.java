package dev.terrarium.conformance;

import dev.terrarium.controller.Sandbox;
import dev.terrarium.controller.SandboxOptions;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
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

    private CaseRunner() {
    }

    static Outcome run(ConformanceCase c) throws Exception {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        int exitCode = Sandbox.runScript(c.script(), List.of(), options(), stdout, stderr);
        String err = stderr.toString(StandardCharsets.UTF_8).replace(SANDBOX_FILE_PREFIX, "File \"");
        return new Outcome(stdout.toString(StandardCharsets.UTF_8), err, exitCode);
    }

    /** The options a plain command-line run of {@code terrarium script.py} would use. */
    private static SandboxOptions options() {
        return SandboxOptions.defaults();
    }
}
