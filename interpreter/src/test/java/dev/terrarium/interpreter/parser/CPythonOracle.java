package dev.terrarium.interpreter.parser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Asks the local CPython ({@code python3}) what it makes of many sources in one process:
 * {@code ast.dump(ast.parse(src), include_attributes=True)}, or the SyntaxError's kind,
 * message, line and offset. Tests that need it are skipped, loudly, when python3 is absent.
 */
final class CPythonOracle {
    private CPythonOracle() {}

    private static final String SCRIPT = String.join("\n",
            "import ast, sys",
            "out = open(sys.argv[2], 'w', encoding='utf-8', errors='backslashreplace')",
            "for line in open(sys.argv[1], encoding='utf-8'):",
            "    name, path = line.rstrip('\\n').split('\\t')",
            "    src = open(path, 'rb').read() if sys.argv[3] == 'bytes' else open(path, encoding='utf-8-sig').read()",
            "    try:",
            "        res = 'OK ' + ast.dump(ast.parse(src), include_attributes=True)",
            "    except SyntaxError as e:",
            "        res = 'ERR %s|%s|%s|%s' % (type(e).__name__, e.msg, e.lineno, e.offset)",
            "    out.write(name + '\\t' + res.replace('\\n', '\\\\n') + '\\n')",
            "out.close()");

    private static Boolean available;

    /** Skips the calling test (with a message) unless python3 3.11 can be run. */
    static void assumeAvailable() {
        if (available == null) {
            try {
                Process p = new ProcessBuilder("python3", "-c",
                        "import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else 1)")
                        .redirectErrorStream(true).start();
                available = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
            } catch (IOException | InterruptedException e) {
                available = false;
            }
            if (!available) {
                System.err.println("*** SKIPPING CPython oracle tests: python3 (3.11) is not available ***");
            }
        }
        Assumptions.assumeTrue(available, "python3 3.11 not available: CPython oracle tests skipped");
    }

    /** Runs python3 once over all sources (name to text); returns name to "OK dump" or "ERR kind|msg|line|offset". */
    static Map<String, String> run(Map<String, String> sources) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("terrarium-oracle");
        try {
            StringBuilder list = new StringBuilder();
            int i = 0;
            for (Map.Entry<String, String> e : sources.entrySet()) {
                Path f = dir.resolve("s" + (i++) + ".py");
                Files.writeString(f, e.getValue(), StandardCharsets.UTF_8);
                list.append(e.getKey()).append('\t').append(f).append('\n');
            }
            return runList(dir, list.toString(), "text");
        } finally {
            deleteTree(dir);
        }
    }

    /**
     * Runs python3 once over files (name to path), each parsed from its bytes, so that a
     * BOM or coding declaration counts as it does for CPython.
     */
    static Map<String, String> runFiles(Map<String, Path> files) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("terrarium-oracle");
        try {
            StringBuilder list = new StringBuilder();
            for (Map.Entry<String, Path> e : files.entrySet()) {
                list.append(e.getKey()).append('\t').append(e.getValue()).append('\n');
            }
            return runList(dir, list.toString(), "bytes");
        } finally {
            deleteTree(dir);
        }
    }

    private static Map<String, String> runList(Path dir, String list, String mode) throws IOException, InterruptedException {
        Path listFile = dir.resolve("list.txt");
        Path outFile = dir.resolve("out.txt");
        Files.writeString(listFile, list, StandardCharsets.UTF_8);
        Process p = new ProcessBuilder("python3", "-c", SCRIPT, listFile.toString(), outFile.toString(), mode)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException("python3 oracle failed");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(outFile, StandardCharsets.UTF_8)) {
            int tab = line.indexOf('\t');
            out.put(line.substring(0, tab), line.substring(tab + 1));
        }
        return out;
    }

    /** The CPython standard library directory, as python3 reports it. */
    static Path stdlibDir() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("python3", "-c",
                "import sysconfig; print(sysconfig.get_paths()['stdlib'])").start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        p.waitFor(30, TimeUnit.SECONDS);
        return Path.of(out);
    }

    /** What our front end says about a source, in the oracle's format. */
    static String ours(String source) {
        try {
            return "OK " + AstDump.dump(PythonFrontEnd.parse(source, "<test>"));
        } catch (PySyntaxError e) {
            return "ERR " + e.kind() + "|" + e.message() + "|" + e.lineno() + "|" + e.offset();
        }
    }

    /** What our front end says about a file's bytes, in the oracle's format. */
    static String oursFromBytes(byte[] source) {
        try {
            return "OK " + AstDump.dump(PythonFrontEnd.parse(source, "<unknown>"));
        } catch (PySyntaxError e) {
            return "ERR " + e.kind() + "|" + e.message() + "|" + e.lineno() + "|" + e.offset();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    static List<String> lines(String... ls) {
        return List.of(ls);
    }
}
