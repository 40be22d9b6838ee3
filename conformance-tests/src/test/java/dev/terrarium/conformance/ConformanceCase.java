package dev.terrarium.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One conformance case: a Python script {@code cases/<area>/<name>.py} and the behaviour CPython
 * 3.11 showed for it, recorded by {@code record.py} into {@code <name>.out}, {@code <name>.err}
 * and {@code <name>.exit} beside the script. The recorded stderr already has the case's directory
 * stripped from traceback lines ({@code File "name.py", line N}).
 *
 * @param area        the folder under {@code cases/}, e.g. {@code arithmetic}
 * @param name        the script's file name without {@code .py}
 * @param script      the script on the host filesystem
 * @param fullStderr  whether the script's first line is {@value #FULL_STDERR_MARKER}, asking for the
 *                    whole stderr to be compared rather than only its last line
 * @param expected    what CPython printed and returned
 */
record ConformanceCase(String area, String name, Path script, boolean fullStderr, CaseOutcome expected) {

    /** First-line marker of a case whose whole stderr (the full traceback) must match. */
    static final String FULL_STDERR_MARKER = "# conformance: full-stderr";

    /** The case's display name and filter key: {@code area/name}. */
    String id() {
        return area + "/" + name;
    }

    /** Loads a case and its recorded expectations; fails loudly if any expectation file is missing. */
    static ConformanceCase load(Path script) {
        String fileName = script.getFileName().toString();
        String name = fileName.substring(0, fileName.length() - ".py".length());
        String area = script.getParent().getFileName().toString();
        Path dir = script.getParent();
        try {
            String source = Files.readString(script, StandardCharsets.UTF_8);
            boolean fullStderr = source.lines().findFirst().map(String::strip)
                    .filter(FULL_STDERR_MARKER::equals).isPresent();
            String out = Files.readString(dir.resolve(name + ".out"), StandardCharsets.UTF_8);
            String err = Files.readString(dir.resolve(name + ".err"), StandardCharsets.UTF_8);
            int exit = Integer.parseInt(Files.readString(dir.resolve(name + ".exit"),
                    StandardCharsets.US_ASCII).strip());
            return new ConformanceCase(area, name, script, fullStderr, new CaseOutcome(out, err, exit));
        } catch (IOException e) {
            throw new UncheckedIOException("case " + area + "/" + name
                    + " lacks a recorded expectation; run python3 conformance-tests/record.py " + script, e);
        }
    }
}
