package dev.terrarium.controller;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.terrarium.controller.fakes.ControllerHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A controller stopped with SIGTERM takes its running child with it. */
class ControllerShutdownTest {
    @TempDir
    Path dir;

    private static boolean isFakeChild(ProcessHandle process) {
        return process.info().arguments().map(args -> List.of(args).contains("-Dfake.mode=silent")).orElse(false);
    }

    @Test
    void terminatedControllerKillsItsChild() throws Exception {
        Path script = Files.writeString(dir.resolve("main.py"), "pass\n");
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        Process controller = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                ControllerHarness.class.getName(), script.toString(), "silent")).start();
        Optional<ProcessHandle> child = Optional.empty();
        try {
            // Wait until the child JVM runs (after exec), then a little longer so that the
            // controller has registered it: the hook cannot know a process still being spawned.
            for (int i = 0; i < 200 && child.isEmpty(); i++) {
                Thread.sleep(50);
                child = controller.descendants().filter(ControllerShutdownTest::isFakeChild).findFirst();
            }
            assertTrue(child.isPresent(), "the controller started no child");
            Thread.sleep(500);
            controller.destroy(); // SIGTERM
            assertTrue(controller.waitFor(10, TimeUnit.SECONDS), "controller did not stop");
            ProcessHandle orphan = child.get();
            for (int i = 0; i < 100 && orphan.isAlive(); i++) {
                Thread.sleep(50);
            }
            assertFalse(orphan.isAlive(), "the child outlived its controller");
        } finally {
            child.ifPresent(ProcessHandle::destroyForcibly); // never leave an orphan behind
            controller.descendants().forEach(ProcessHandle::destroyForcibly);
            controller.destroyForcibly();
        }
    }
}
