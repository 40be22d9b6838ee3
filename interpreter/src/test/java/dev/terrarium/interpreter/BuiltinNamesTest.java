package dev.terrarium.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@code dir()} of every built-in type and of {@code builtins} lists the names CPython 3.11 lists
 * (recorded by build-support/record_builtin_names.py into dirnames/cpython311.txt), apart from the
 * names docs/DIFFERENCES.md lists between its {@code dir-names} markers, each with its reason; and
 * it lists no name CPython does not.
 */
@DisplayName("dir() of built-in objects against CPython 3.11")
class BuiltinNamesTest {

    private static final String RECORD = "/dirnames/cpython311.txt";
    private static final Path DIFFERENCES = Path.of("..", "docs", "DIFFERENCES.md");
    /**
     * One documented absence: {@code - `label.name` — reason}; {@code label.*} stands for a whole
     * object Terrarium lacks, {@code *.name} for a name missing wherever CPython has it.
     */
    private static final Pattern ENTRY = Pattern.compile("^- `([^`.]+)\\.([^`]+)` \u2014 (\\S.*)$");

    /** A recorded object: its CPython label, the expression that gives it, and its names. */
    record Section(String label, String expression, Set<String> names) {}

    @Test
    void everyNameCPythonListsIsPresentOrDocumentedAndNoOtherNameIsListed() throws IOException {
        List<Section> recorded = readRecord();
        assertTrue(recorded.size() > 100, "record has " + recorded.size() + " objects");
        Map<String, Set<String>> ours = runTerrarium(recorded);
        Map<String, String> documented = documentedAbsences();

        List<String> problems = new ArrayList<>();
        Set<String> usedEntries = new LinkedHashSet<>();
        for (Section s : recorded) {
            Set<String> have = ours.get(s.label());
            if (have == null) {
                if (documented.containsKey(s.label() + ".*")) {
                    usedEntries.add(s.label() + ".*");
                } else {
                    problems.add(s.label() + ": dir(" + s.expression() + ") failed in Terrarium");
                }
                continue;
            }
            for (String name : s.names()) {
                String key = s.label() + "." + name;
                if (have.contains(name)) {
                    continue;
                }
                String anyObject = "*." + name;
                if (documented.containsKey(key)) {
                    usedEntries.add(key);
                } else if (documented.containsKey(anyObject)) {
                    usedEntries.add(anyObject);
                } else {
                    problems.add("missing " + key);
                }
            }
            for (String name : new TreeSet<>(have)) {
                if (!s.names().contains(name)) {
                    problems.add("not in CPython " + s.label() + "." + name);
                }
            }
        }
        for (String key : documented.keySet()) {
            if (!usedEntries.contains(key)) {
                problems.add("docs/DIFFERENCES.md lists " + key + ", which is not missing");
            }
        }
        if (!problems.isEmpty()) {
            fail(problems.size() + " differences from CPython's dir() names:\n  " + String.join("\n  ", problems));
        }
    }

    @Test
    void theDocumentedAbsencesAreWellFormed() throws IOException {
        Map<String, String> documented = documentedAbsences();
        assertTrue(!documented.isEmpty(), "no dir-names entries parsed from " + DIFFERENCES.toAbsolutePath());
        for (Map.Entry<String, String> e : documented.entrySet()) {
            assertTrue(e.getValue().length() >= 10, "reason too short for " + e.getKey());
        }
    }

    private static List<Section> readRecord() throws IOException {
        String text;
        try (InputStream in = BuiltinNamesTest.class.getResourceAsStream(RECORD)) {
            assertTrue(in != null, RECORD + " not on the test class path");
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Section> sections = new ArrayList<>();
        Section current = null;
        for (String line : text.split("\n")) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("== ")) {
                String[] parts = line.substring(3).split(" ", 2);
                current = new Section(parts[0], parts[1], new LinkedHashSet<>());
                sections.add(current);
            } else {
                current.names().add(line);
            }
        }
        return sections;
    }

    /** Runs dir() of every recorded expression in Terrarium; a label maps to null where dir() raised. */
    private static Map<String, Set<String>> runTerrarium(List<Section> sections) {
        StringBuilder src = new StringBuilder();
        for (Section s : sections) {
            src.append("print('== ").append(s.label()).append("')\n")
                    .append("try:\n    _names = dir(").append(s.expression()).append(")\n")
                    .append("except Exception as _e:\n    print('!!', type(_e).__name__, _e)\n")
                    .append("else:\n    for _n in _names:\n        print(_n)\n");
        }
        InMemoryHost.Result r = InMemoryHost.run(src.toString());
        assertEquals("", r.stderr(), "stderr");
        assertEquals(0, r.status(), "exit status");
        Map<String, Set<String>> result = new LinkedHashMap<>();
        String label = null;
        for (String line : r.stdout().split("\n")) {
            if (line.startsWith("== ")) {
                label = line.substring(3);
                result.put(label, new LinkedHashSet<>());
            } else if (line.startsWith("!! ")) {
                result.put(label, null);
            } else if (!line.isEmpty()) {
                result.get(label).add(line);
            }
        }
        return result;
    }

    /** The entries between the dir-names markers of docs/DIFFERENCES.md, as label.name to reason. */
    static Map<String, String> documentedAbsences() throws IOException {
        List<String> lines = Files.readAllLines(DIFFERENCES, StandardCharsets.UTF_8);
        Map<String, String> entries = new LinkedHashMap<>();
        boolean inside = false;
        for (String line : lines) {
            if (line.startsWith("<!-- dir-names:begin")) {
                inside = true;
            } else if (line.startsWith("<!-- dir-names:end")) {
                inside = false;
            } else if (inside && line.startsWith("- ")) {
                Matcher m = ENTRY.matcher(line);
                assertTrue(m.matches(), "malformed dir-names entry in DIFFERENCES.md: " + line);
                String key = m.group(1) + "." + m.group(2);
                assertTrue(entries.put(key, m.group(3)) == null, "listed twice: " + key);
            }
        }
        return entries;
    }
}
