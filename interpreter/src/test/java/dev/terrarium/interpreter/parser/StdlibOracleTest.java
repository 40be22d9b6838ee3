package dev.terrarium.interpreter.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The whole CPython 3.11 standard library as a corpus: for every {@code .py} file our
 * {@code ast.dump(..., include_attributes=True)} must equal CPython's, and the files CPython
 * rejects we must reject with the same error. Files are parsed from their bytes, so coding
 * declarations and byte order marks count.
 *
 * <p>By default a fixed sample runs (every k-th file in path order, at least 1,500 files,
 * the {@code test/} tree included). {@code -Dterrarium.stdlib=full} (Maven profile
 * {@code stdlib-full}) runs every file.
 */
class StdlibOracleTest {
    private static final int SAMPLE_SIZE = 1_500;
    private static final int BATCH = 150;

    @Test
    void standardLibraryParsesAsInCPython() throws Exception {
        CPythonOracle.assumeAvailable();
        Path stdlib = CPythonOracle.stdlibDir();
        List<Path> all;
        try (Stream<Path> s = Files.walk(stdlib)) {
            all = s.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p)).sorted().toList();
        }
        boolean full = "full".equals(System.getProperty("terrarium.stdlib"));
        List<Path> chosen = full ? all : sample(all);
        if (!full) {
            assertTrue(chosen.size() >= SAMPLE_SIZE, "stdlib sample too small: " + stdlib);
            assertTrue(chosen.stream().anyMatch(p -> stdlib.relativize(p).startsWith("test")),
                    "the sample must include the test/ tree");
        }
        List<String> mismatches = new ArrayList<>();
        int rejected = 0;
        for (int from = 0; from < chosen.size(); from += BATCH) {
            Map<String, Path> batch = new LinkedHashMap<>();
            for (Path p : chosen.subList(from, Math.min(chosen.size(), from + BATCH))) {
                batch.put(stdlib.relativize(p).toString(), p);
            }
            Map<String, String> expected = CPythonOracle.runFiles(batch);
            for (Map.Entry<String, Path> e : batch.entrySet()) {
                String exp = expected.get(e.getKey());
                String ours = CPythonOracle.oursFromBytes(Files.readAllBytes(e.getValue()));
                if (exp.startsWith("ERR ")) {
                    rejected++;
                }
                if (!agree(exp, ours)) {
                    mismatches.add(e.getKey() + "\n    " + firstDifference(exp, ours));
                }
            }
        }
        System.out.printf("stdlib oracle: %d files compared (%d rejected by CPython), %d mismatches%n",
                chosen.size(), rejected, mismatches.size());
        assertEquals(List.of(), mismatches.subList(0, Math.min(mismatches.size(), 30)),
                mismatches.size() + " stdlib files parse differently from CPython");
    }

    /** Every k-th file, k chosen so that at least SAMPLE_SIZE files are taken. */
    private static List<Path> sample(List<Path> all) {
        int step = Math.max(1, all.size() / SAMPLE_SIZE);
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += step) {
            out.add(all.get(i));
        }
        return out;
    }

    /**
     * Equal, except for one wording: for undecodable bytes CPython's {@code ast.parse} reports
     * the decoding error of the string literal it was found in, at a column inside that
     * literal, while we (like {@code python3 file.py}) report it for the whole line; kind and
     * line must still agree.
     */
    private static boolean agree(String expected, String ours) {
        if (expected.equals(ours)) {
            return true;
        }
        if (expected.startsWith("ERR SyntaxError|(unicode error)") && ours.startsWith("ERR SyntaxError|(unicode error)")) {
            return line(expected).equals(line(ours));
        }
        return false;
    }

    private static String line(String err) {
        String[] parts = err.split("\\|");
        return parts[parts.length - 2];
    }

    private static String firstDifference(String expected, String ours) {
        int i = 0;
        while (i < expected.length() && i < ours.length() && expected.charAt(i) == ours.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 60);
        return "CPython: ..." + expected.substring(from, Math.min(expected.length(), i + 100))
                + "\n    ours:    ..." + ours.substring(from, Math.min(ours.length(), i + 100));
    }
}
