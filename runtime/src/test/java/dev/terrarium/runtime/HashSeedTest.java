package dev.terrarium.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.terrarium.runtime.text.CPython;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** hash(str) and hash(bytes) under a hash seed equal CPython's under the same PYTHONHASHSEED. */
class HashSeedTest {
    private static final List<String> WORDS = List.of("a", "terrarium", "apple", "héllo wörld", "日本語のテキスト",
            "emoji \ud83d\ude00", "a somewhat longer string than a single SipHash block");
    private static final String SCRIPT = String.join("\n",
            "import sys",
            "for line in sys.stdin:",
            "    s = ''.join(chr(int(c)) for c in line.split(','))",
            "    print(hash(s), hash(s.encode('utf-8')))");

    @Test
    void hashesEqualCPythonsUnderTheSameSeed() {
        List<String> input = new ArrayList<>();
        for (String word : WORDS) {
            StringBuilder cps = new StringBuilder();
            word.codePoints().forEach(cp -> cps.append(cps.length() == 0 ? "" : ",").append(cp));
            input.add(cps.toString());
        }
        for (long seed : new long[] {42, 1, HashSeed.MAX}) {
            List<String> expected = CPython.run(SCRIPT, input, Map.of("PYTHONHASHSEED", Long.toString(seed)));
            List<String> actual = new ArrayList<>();
            try {
                HashSeed.use(seed);
                for (String word : WORDS) {
                    byte[] utf8 = word.getBytes(StandardCharsets.UTF_8);
                    actual.add(StringHash.ofString(word) + " " + StringHash.ofBytes(utf8, utf8.length));
                }
            } finally {
                HashSeed.use(0);
            }
            assertEquals(expected, actual, "PYTHONHASHSEED=" + seed);
        }
    }

    @Test
    void seedZeroIsTheZeroKeyAndOthersDiffer() {
        assertEquals(0, HashSeed.key(0)[0]);
        assertEquals(0, HashSeed.key(0)[1]);
        assertNotEquals(HashSeed.key(1)[0], HashSeed.key(2)[0]);
        assertThrows(IllegalArgumentException.class, () -> HashSeed.key(-1));
        assertThrows(IllegalArgumentException.class, () -> HashSeed.key(HashSeed.MAX + 1));
    }
}
