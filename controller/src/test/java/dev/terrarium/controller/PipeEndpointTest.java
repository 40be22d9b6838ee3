package dev.terrarium.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.terrarium.controller.child.ChildCommand;
import dev.terrarium.interpreter.child.PipeEndpoint;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The child's endpoint when nobody serves it: started without a controller (its stdin at
 * end of file), the real ChildMain must end at once with {@link PipeEndpoint#BROKEN_PIPE_STATUS},
 * say why on stderr, and have written nothing but its HELLO frame to stdout.
 */
class PipeEndpointTest {
    @Test
    void childWithoutAControllerHaltsWithBrokenPipeStatus() throws Exception {
        List<String> command = ChildCommand.build(SandboxOptions.defaults());
        Process child = new ProcessBuilder(command).start();
        child.getOutputStream().close();
        byte[] stdout = child.getInputStream().readAllBytes();
        String stderr = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        assertEquals(PipeEndpoint.BROKEN_PIPE_STATUS, child.exitValue(), stderr);
        assertTrue(stderr.startsWith("terrarium child: pipe to the controller failed"), stderr);
        assertEquals(4 + ((stdout[2] & 0xFF) << 8 | (stdout[3] & 0xFF)), stdout.length, "only the HELLO frame");
        assertEquals(0, stdout[0]);
        assertEquals(0, stdout[1]);
    }
}
