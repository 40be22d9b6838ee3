package dev.terrarium.conformance;

/**
 * What one run of a script produced: its standard output, its standard error (with traceback file
 * names already normalised to {@code File "name.py"}) and its exit code.
 */
record CaseOutcome(String stdout, String stderr, int exitCode) {

    /** The last line of stderr without its line terminator; empty when stderr is empty. */
    String lastStderrLine() {
        String trimmed = stderr;
        while (trimmed.endsWith("\n") || trimmed.endsWith("\r")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.substring(trimmed.lastIndexOf('\n') + 1);
    }
}
