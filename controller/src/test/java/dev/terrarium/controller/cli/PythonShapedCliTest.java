package dev.terrarium.controller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.terrarium.controller.Outcome;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The command shaped like {@code python}, through {@link Main#run} with the real child:
 * {@code -c}, {@code -}, the program on stdin, the REPL ({@code -i}, or a terminal), the
 * guest's stdin, the environment options and {@code --max-output}. Expected texts are what
 * CPython 3.11 prints for the same input (its REPL banner aside).
 */
class PythonShapedCliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String stdin, boolean terminal, String... args) {
        InputStream in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        String[] withTimeout = new String[args.length + 2];
        withTimeout[0] = "--timeout";
        withTimeout[1] = "60";
        System.arraycopy(args, 0, withTimeout, 2, args.length);
        return Main.run(withTimeout, in, terminal, out, err);
    }

    private int run(String stdin, String... args) {
        return run(stdin, false, args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void dashCRunsTheArgumentWithItsArgv() {
        assertEquals(0, run("", "-c", "import sys; print(sys.argv)", "a", "-i"), err());
        assertEquals("['-c', 'a', '-i']\n", out());
        assertEquals("", err());
    }

    @Test
    void dashCTracebacksNameTheStringWithoutSourceLines() {
        assertEquals(1, run("", "-c", "x = 1\n1 / 0"));
        assertEquals("Traceback (most recent call last):\n  File \"<string>\", line 2, in <module>\n"
                + "ZeroDivisionError: division by zero\n", err());
    }

    @Test
    void dashReadsTheProgramFromStdin() {
        assertEquals(3, run("import sys\nprint('hi', sys.argv)\nsys.exit(3)\n", "-", "x"), err());
        assertEquals("hi ['-', 'x']\n", out());
    }

    @Test
    void noProgramAndAStdinThatIsNotATerminalRunsStdin() {
        assertEquals(0, run("print(6 * 7)\n"), err());
        assertEquals("42\n", out());
        assertEquals("", err());
    }

    @Test
    void inputReadsTheGuestsStdinAndWritesItsPromptToStdout() {
        assertEquals(1, run("bob\nalice", "-c", "print(input('name? ')); print(input()); input()"));
        assertEquals("name? bob\nalice\n", out());
        assertEquals("Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\n"
                + "EOFError: EOF when reading a line\n", err());
    }

    @Test
    void sysStdinReadsLinesTextAndBytes() {
        // As CPython's on POSIX, sys.stdin splits lines at '\n' alone and keeps a '\r'.
        String program = String.join("\n",
                "import sys",
                "print(sys.stdin, sys.stdin.buffer)",
                "print(repr(sys.stdin.readline()))",
                "print([line for line in sys.stdin][:2])",
                "print(repr(sys.stdin.read()), sys.stdin.buffer.read())");
        assertEquals(0, run("first\nsecond\r\nthird\n", "-c", program), err());
        assertEquals("<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'> <_io.BufferedReader name='<stdin>'>\n"
                + "'first\\n'\n['second\\r\\n', 'third\\n']\n'' b''\n", out());
    }

    @Test
    void replSessionDrivenByPipedInput() {
        String session = String.join("\n",
                "x = 5",
                "x",
                "if x:",
                "  print('a')",
                "",
                "1/0",
                "import sys; print(sys.argv)",
                "_",
                "(1,",
                " 2)",
                "def f():",
                "    return 3",
                "",
                "f()",
                "1 +",
                "exit(4)",
                "");
        assertEquals(4, run(session, "-i"));
        assertEquals("5\na\n['']\n5\n(1, 2)\n3\n", out());
        String e = err();
        assertTrue(e.startsWith("Python 3.11"), e);
        assertTrue(e.endsWith(">>> >>> >>> ... ... >>> Traceback (most recent call last):\n"
                + "  File \"<stdin>\", line 1, in <module>\n"
                + "ZeroDivisionError: division by zero\n"
                + ">>> >>> >>> ... >>> ... ... >>> >>>   File \"<stdin>\", line 1\n"
                + "    1 +\n"
                + "       ^\n"
                + "SyntaxError: invalid syntax\n"
                + ">>> "), e);
    }

    @Test
    void aTerminalWithoutAProgramStartsTheReplWhichEndsAtEndOfInput() {
        assertEquals(0, run("print('in the sandbox')\n", true), err());
        assertEquals("in the sandbox\n", out());
        assertTrue(err().endsWith(">>> >>> \n"), err());
    }

    @Test
    void dashIAfterAScriptKeepsItsNamesAndShowsItsSystemExit() {
        assertEquals(0, run("y\n", "-i", "-c", "y = 7\nraise SystemExit(3)"));
        assertEquals("7\n", out());
        assertTrue(err().startsWith("Traceback (most recent call last):\n  File \"<string>\", line 2, in <module>\n"
                + "SystemExit: 3\n>>> "), err());
    }

    @Test
    void defaultEnvironmentIsSmallAndFixed() {
        assertEquals(0, run("", "-c", "import os; print(os.environ)"), err());
        assertEquals("environ({'HOME': '/tmp', 'LANG': 'C.UTF-8', 'PATH': '/usr/local/bin:/usr/bin:/bin'})\n", out());
    }

    @Test
    void envOptionsSetAndInheritVariables() {
        // a variable of this test's own environment that the default does not set
        Map.Entry<String, String> host = System.getenv().entrySet().stream()
                .filter(e -> !e.getKey().equals("HOME") && !e.getKey().equals("LANG") && !e.getKey().equals("PATH")
                        && !e.getKey().isEmpty() && e.getValue().indexOf('\n') < 0)
                .findFirst().orElseThrow();
        String program = "import os; print(os.environ['GREETING'], os.environ['HOME'], os.getenv('" + host.getKey()
                + "') == os.environ.get('EXPECTED'), os.getenv('TERRARIUM_SURELY_UNSET_VAR'))";
        assertEquals(0, run("", "--env", "GREETING=hello=world", "--env=HOME=/work",
                "--env-inherit", host.getKey(), "--env-inherit", "TERRARIUM_SURELY_UNSET_VAR",
                "--env", "EXPECTED=" + host.getValue(), "-c", program), err());
        assertEquals("hello=world /work True None\n", out());
    }

    @Test
    void hostVariablesAreNotVisibleUnlessInherited() {
        String name = System.getenv().keySet().stream()
                .filter(k -> !k.equals("HOME") && !k.equals("LANG") && !k.equals("PATH")).findFirst().orElseThrow();
        assertEquals(0, run("", "-c", "import os; print(os.getenv('" + name + "'), '" + name + "' in os.environ)"),
                err());
        assertEquals("None False\n", out());
    }

    @Test
    void badEnvOptionsAreUsageErrors() {
        assertEquals(2, run("", "--env", "NOVALUE", "-c", "pass"));
        assertTrue(err().contains("invalid --env 'NOVALUE' (expected NAME=VALUE)"), err());
        assertEquals(2, run("", "--env", "=x", "-c", "pass"));
    }

    @Test
    void maxOutputStopsTheRun() {
        int code = run("", "--max-output", "1k", "-c", "while True: print('x' * 99)");
        assertEquals(Outcome.OUTPUT_LIMIT.code, code, err());
        assertEquals(1024, out().length());
        assertTrue(err().endsWith("terrarium: stopped: output limit of 1024 bytes exceeded\n"), err());
    }

    @Test
    void helpDocumentsTheNewOptions() {
        assertEquals(0, Main.run(new String[] {"--help"}, out, err));
        for (String option : new String[] {"-c CMD", "  -  ", "-i ", "--env NAME=VALUE", "--env-inherit NAME",
            "--max-output SIZE"}) {
            assertTrue(out().contains(option), option);
        }
    }
}
