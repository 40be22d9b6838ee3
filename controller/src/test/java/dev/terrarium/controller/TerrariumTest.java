package dev.terrarium.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedding API in its default mode, a child JVM per run. */
class TerrariumTest {
    @TempDir
    Path dir;

    private static Terrarium.Builder sandbox() {
        return Terrarium.builder().timeout(Duration.ofSeconds(60));
    }

    @Test
    void capturesStdoutAndStderrAndMeasuresTheRun() {
        ExecutionResult result = sandbox().build().run(
                "import sys\nprint('out', 1)\nprint('err', 2, file=sys.stderr)\nprint('out again')\n");
        assertEquals(Outcome.EXITED, result.outcome(), result.stderr());
        assertEquals(0, result.exitCode());
        assertTrue(result.ok());
        assertNull(result.reason());
        assertEquals("out 1\nout again\n", result.stdout());
        assertEquals("err 2\n", result.stderr());
        assertTrue(result.wallTime().toNanos() > 0);
        assertNotNull(result.cpuTime(), "the child's CPU time is read from the OS at EXIT");
        assertTrue(result.cpuTime().toNanos() > 0);
        assertTrue(result.peakMemoryBytes() > 1 << 20, "peak RSS of a JVM: " + result.peakMemoryBytes());
        // HELLO, ARGV (its reply carries the -c text: no file is read), a WRITE each to stderr and stdout, EXIT
        assertTrue(result.callCount() >= 5, "calls: " + result.callCount());
    }

    @Test
    void uncaughtExceptionAndSysExitGiveTheGuestsStatus() {
        Terrarium terrarium = sandbox().build();
        ExecutionResult failed = terrarium.run("x = 1\nraise ValueError('bad value')\n");
        assertEquals(Outcome.EXITED, failed.outcome());
        assertEquals(1, failed.exitCode());
        assertTrue(failed.stderr().startsWith("Traceback (most recent call last):\n"
                + "  File \"<string>\", line 2, in <module>\n"), failed.stderr());
        assertTrue(failed.stderr().endsWith("\nValueError: bad value\n"), failed.stderr());
        ExecutionResult exited = terrarium.run("import sys\nsys.exit(7)\n");
        assertEquals(Outcome.EXITED, exited.outcome());
        assertEquals(7, exited.exitCode());
        assertTrue(!exited.ok());
    }

    @Test
    void argvOfASourceRunIsThatOfPythonDashC() {
        ExecutionResult result = sandbox().argv("alpha", "beta gamma").build()
                .run("import sys\nprint(sys.argv)\n");
        assertEquals("['-c', 'alpha', 'beta gamma']\n", result.stdout(), result.stderr());
    }

    @Test
    void runsAScriptFileWithItsFolderAtWork() throws IOException {
        Files.writeString(dir.resolve("helper.py"), "GREETING = 'hi from helper'\n");
        Path script = Files.writeString(dir.resolve("main.py"),
                "import os, helper\nprint(helper.GREETING, os.getcwd(), sorted(os.listdir('.')))\n");
        ExecutionResult result = sandbox().build().run(script);
        assertEquals("hi from helper /work ['helper.py', 'main.py']\n", result.stdout(), result.stderr());
    }

    @Test
    void sourceSeesNoHostFolderUnlessOneIsMounted() throws IOException {
        ExecutionResult here = sandbox().build().run("import os\nprint(os.getcwd(), sorted(os.listdir('.')))\n");
        assertEquals("/work []\n", here.stdout(), here.stderr());
        Files.writeString(dir.resolve("data.txt"), "mounted\n");
        ExecutionResult mounted = sandbox().mount(dir, "/work", dev.terrarium.controller.vfs.MountMode.RO).build()
                .run("print(open('data.txt').read(), end='')\n");
        assertEquals("mounted\n", mounted.stdout(), mounted.stderr());
    }

    @Test
    void theGuestReadsTheBuildersStdinAndEnvironment() {
        ExecutionResult result = sandbox().stdin("first line\nsecond\n")
                .environment(Map.of("GREETING", "hello"))
                .environmentVariable("TARGET", "world")
                .build()
                .run("import os, sys\n"
                        + "print(input(), sys.stdin.read().upper(), end='')\n"
                        + "print(os.environ['GREETING'], os.getenv('TARGET'), sorted(os.environ))\n");
        assertEquals("first line SECOND\nhello world ['GREETING', 'TARGET']\n", result.stdout(), result.stderr());
    }

    @Test
    void outputToGivenStreams() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ExecutionResult result = sandbox().stdout(out).stderr(err).build()
                .run("import sys\nprint('to the stream')\nsys.stderr.write('warned\\n')\n");
        assertEquals("to the stream\n", out.toString(StandardCharsets.UTF_8));
        assertEquals("warned\n", err.toString(StandardCharsets.UTF_8));
        assertEquals("", result.stdout());
        assertEquals("", result.stderr());
    }

    @Test
    void limitsEndTheRunWithTheirOutcome() {
        ExecutionResult slow = Terrarium.builder().timeout(Duration.ofSeconds(10)).build()
                .run("print('started', flush=True)\nwhile True:\n    pass\n");
        assertEquals(Outcome.TIMEOUT, slow.outcome());
        assertEquals(Outcome.TIMEOUT.code, slow.exitCode());
        assertEquals("started\n", slow.stdout());
        assertTrue(slow.reason().contains("wall-time limit"), slow.reason());
        assertTrue(slow.stderr().endsWith("terrarium: stopped: " + slow.reason() + "\n"), slow.stderr());

        ExecutionResult loud = sandbox().maxOutputBytes(100).build().run("while True:\n    print('x' * 50)\n");
        assertEquals(Outcome.OUTPUT_LIMIT, loud.outcome());
        assertEquals(100, loud.stdout().length());
    }
}
