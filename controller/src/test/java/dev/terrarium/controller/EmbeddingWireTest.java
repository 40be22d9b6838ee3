package dev.terrarium.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.terrarium.controller.fakes.ProbeChild;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What the embedding API serves, seen from a probing fake child on the wire. */
class EmbeddingWireTest {

    private static Terrarium.Builder probe(String... probes) {
        return Terrarium.builder().timeout(Duration.ofSeconds(60)).argv(probes)
                .options(SandboxOptions.defaults().withMainClass(ProbeChild.class.getName()));
    }

    @Test
    void sourceTravelsAsACommandAndStdinIsServedFromMemory() {
        ExecutionResult result = probe("call=ARGV", "call=READ;0;100", "call=READ;0;100")
                .stdin("piped in").build().run("pass");
        assertEquals(Outcome.EXITED, result.outcome(), result.stderr());
        // as python -c: argv[0] is "-c" and the program text travels in the ARGV reply
        assertTrue(result.stdout().contains("ARGV -> ok [['-c', 'call=ARGV', 'call=READ;0;100', 'call=READ;0;100'], "
                + "'pass', 0]\n"), result.stdout());
        // fd 0 gives the bytes once, then end of file
        assertTrue(result.stdout().contains("READ -> ok [b'piped in']\nREAD -> ok [b'']\n"), result.stdout());
    }

    @Test
    void hostNamesAreSortedAndAMalformedHostCallIsAProtocolViolation() {
        ExecutionResult names = probe("call=HOST_NAMES").hostFunction("zeta", args -> null)
                .hostFunction("alpha", args -> null).build().run("");
        assertTrue(names.stdout().contains("HOST_NAMES -> ok [['alpha', 'zeta']]\n"), names.stdout());
        ExecutionResult malformed = probe("call=HOST_CALL;alpha;5").hostFunction("alpha", args -> null).build().run("");
        assertEquals(Outcome.PROTOCOL_VIOLATION, malformed.outcome(), malformed.stderr());
        assertTrue(malformed.reason().contains("HOST_CALL expects arguments [String, List]"), malformed.reason());
    }
}
