package dev.terrarium.interpreter.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Mutated real sources, accepted or rejected as CPython 3.11 does: for a fixed sample of
 * random edits of the oracle snippets and of standard library files, our verdict (a module,
 * or the kind and line of the SyntaxError) must be CPython's. The message and column are
 * compared by {@link SyntaxErrorOracleTest} for chosen sources; here the sources are random.
 */
class MutationOracleTest {
    private static final int SAMPLES = 300;

    @Test
    void mutatedSourcesAreAcceptedOrRejectedAsCPythonDoes() throws Exception {
        CPythonOracle.assumeAvailable();
        List<String> bases = new ArrayList<>(FrontEndOracleTest.SNIPPETS.stream().filter(s -> !s.isEmpty()).toList());
        bases.addAll(FrontEndFuzzTest.libraryFiles());
        Random random = new Random(20261128);
        FrontEndFuzzTest.EditKind[] kinds = FrontEndFuzzTest.EditKind.values();
        List<String> tokens = FrontEndFuzzTest.tokens();
        Map<String, String> sources = new LinkedHashMap<>();
        for (int i = 0; i < SAMPLES; i++) {
            String base = bases.get(random.nextInt(bases.size()));
            List<FrontEndFuzzTest.Edit> edits = new ArrayList<>();
            for (int k = 1 + random.nextInt(3); k > 0; k--) {
                edits.add(new FrontEndFuzzTest.Edit(kinds[random.nextInt(kinds.length)], random.nextDouble(),
                        random.nextDouble(), tokens.get(random.nextInt(tokens.size()))));
            }
            sources.put("m" + i, FrontEndFuzzTest.apply(base, edits));
        }
        Map<String, String> expected = CPythonOracle.run(sources);
        List<String> mismatches = new ArrayList<>();
        for (Map.Entry<String, String> e : sources.entrySet()) {
            String exp = verdict(expected.get(e.getKey()));
            String ours = verdict(CPythonOracle.ours(e.getValue()));
            if (!exp.equals(ours)) {
                mismatches.add("\n--- " + e.getKey() + ": CPython " + exp + ", ours " + ours + "\n" + e.getValue());
            }
        }
        assertEquals("", String.join("", mismatches), mismatches.size() + " of " + SAMPLES + " differ");
    }

    /** "OK", or "ERR kind line" (the message and offset left out). */
    private static String verdict(String oracleLine) {
        if (!oracleLine.startsWith("ERR ")) {
            return oracleLine.startsWith("OK") ? "OK" : oracleLine;
        }
        String[] parts = oracleLine.substring(4).split("\\|");
        return "ERR " + parts[0] + " line " + parts[parts.length - 2];
    }
}
