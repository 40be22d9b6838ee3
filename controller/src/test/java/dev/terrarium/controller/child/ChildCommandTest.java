package dev.terrarium.controller.child;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.terrarium.controller.SandboxOptions;
import java.io.File;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChildCommandTest {
    @Test
    void commandCarriesTheLimitsAndFlagsThenClassPathAndMainClass() {
        SandboxOptions options = SandboxOptions.defaults().withHeap("1g").withStack("16m")
                .withClassPath(List.of("relative/dir", "/abs/x.jar"));
        List<String> command = ChildCommand.build(options);
        assertTrue(Paths.get(command.get(0)).isAbsolute(), command.get(0));
        assertTrue(command.contains("-Xmx1g"));
        assertTrue(command.contains("-Xss16m"));
        assertTrue(command.contains("-XX:+UseG1GC"));
        assertTrue(command.contains("-XX:-UsePerfData"));
        assertTrue(command.contains("-XX:+DisplayVMOutputToStderr"));
        assertTrue(command.indexOf("-Xlog:disable") < command.indexOf("-Xlog:all=warning:stderr"));
        int cp = command.indexOf("-cp");
        assertEquals(Path.of("relative/dir").toAbsolutePath() + File.pathSeparator + "/abs/x.jar", command.get(cp + 1));
        assertEquals(SandboxOptions.CHILD_MAIN, command.get(command.size() - 2));
        assertEquals("--heap-bytes=" + (1L << 30), command.get(command.size() - 1));
        assertEquals(cp + 4, command.size());
    }

    @Test
    void memorySizesAreCheckedLikeTheJvmWould() {
        for (String good : new String[] {"1", "256m", "1g", "64K", "1234567890"}) {
            assertEquals(good, SandboxOptions.defaults().withHeap(good).heap());
        }
        for (String bad : new String[] {"", "m", "0", "0m", "-1m", "256mb", "12345678901", "1.5g", " 1g", "1t"}) {
            org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> SandboxOptions.defaults().withHeap(bad), bad);
        }
    }

    @Test
    void defaultsAreThoseDocumented() {
        SandboxOptions defaults = SandboxOptions.defaults();
        assertEquals("256m", defaults.heap());
        assertEquals("64m", defaults.stack());
        assertEquals(null, defaults.timeout());
        assertEquals(-1, defaults.maxOutputBytes());
        List<String> command = ChildCommand.build(defaults);
        assertEquals(Paths.get(System.getProperty("java.home"), "bin", "java").toString(), command.get(0));
    }
}
