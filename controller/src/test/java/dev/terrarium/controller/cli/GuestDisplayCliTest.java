package dev.terrarium.controller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Where the guest's values and errors are shown, through {@link Main#run} with the real
 * child: the interactive interpreter shows every top-level expression statement through
 * {@code sys.displayhook} (compile mode 'single'), and uncaught exceptions go through
 * {@code sys.excepthook} to the current {@code sys.stderr}. Expected texts are CPython
 * 3.11's for the same input ({@code python3 -i < input}).
 */
class GuestDisplayCliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String stdin, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--timeout";
        all[1] = "60";
        System.arraycopy(args, 0, all, 2, args.length);
        return Main.run(all, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), false, out, err);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theReplShowsExpressionStatementsInsideModuleLevelBlocksButNotInFunctionsOrClasses() {
        String input = String.join("\n",
                "for i in range(3):", "    i", "",
                "if 1:", "    'x'", "    None", "",
                "def f():", "    5", "", "f()",
                "class C:", "    7", "",
                "_",
                "try:", "    8", "finally:", "    9", "",
                "while _ < 10:", "    _ + 1", "",
                "import sys", "sys.displayhook = lambda v: print('hook', v)", "3", "");
        assertEquals(0, run(input, "-i"), err());
        // python3 -i < input prints exactly this on stdout; _ follows each shown value
        assertEquals("0\n1\n2\n'x'\n'x'\n8\n9\n10\nhook 3\n", out());
    }

    @Test
    void compileInSingleModeDisplaysThroughTheHookInAScriptToo() {
        assertEquals(0, run("", "-c", "import sys\nsys.displayhook = lambda v: print('shown', repr(v))\n"
                + "exec(compile('for c in \"ab\":\\n    c\\n', 's', 'single'))\n"
                + "exec(compile('1 + 1', 's', 'exec'))\n"), err());
        assertEquals("shown 'a'\nshown 'b'\n", out());
    }

    @Test
    void anUncaughtTracebackIsWrittenToTheCurrentSysStderr() {
        String program = String.join("\n",
                "import sys",
                "class Upper:",
                "    def write(self, s):",
                "        sys.stdout.write(s.upper())",
                "    def flush(self):",
                "        pass",
                "print('start')",
                "sys.stderr = Upper()",
                "def f():",
                "    raise ValueError('bad thing')",
                "f()", "");
        assertEquals(1, run("", "-c", program));
        assertEquals("start\nTRACEBACK (MOST RECENT CALL LAST):\n  FILE \"<STRING>\", LINE 11, IN <MODULE>\n"
                + "  FILE \"<STRING>\", LINE 10, IN F\nVALUEERROR: BAD THING\n", out());
        assertEquals("", err());
    }

    @Test
    void sysStderrNoneSwallowsTheTracebackAndTheStatusStaysOne() {
        assertEquals(1, run("", "-c", "import sys\nsys.stderr = None\n1 / 0\n"));
        assertEquals("", err());
    }

    @Test
    void aGuestExcepthookReceivesTheUncaughtException() {
        assertEquals(1, run("", "-c", "import sys\n"
                + "print(sys.excepthook is sys.__excepthook__)\n"
                + "sys.excepthook = lambda t, v, tb: print('hook:', t.__name__, v)\n"
                + "raise KeyError('k')\n"));
        assertEquals("True\nhook: KeyError 'k'\n", out());
        assertEquals("", err());
    }

    @Test
    void aFailingExcepthookIsReportedWithTheOriginalException() {
        assertEquals(1, run("", "-c", "import sys\ndef hook(t, v, tb):\n    raise RuntimeError('hook broke')\n"
                + "sys.excepthook = hook\n1 / 0\n"));
        assertEquals("Error in sys.excepthook:\nTraceback (most recent call last):\n"
                + "  File \"<string>\", line 3, in hook\nRuntimeError: hook broke\n\n"
                + "Original exception was:\nTraceback (most recent call last):\n"
                + "  File \"<string>\", line 5, in <module>\nZeroDivisionError: division by zero\n", err());
    }

    @Test
    void theReplWritesTracebacksToTheCurrentSysStderr() {
        assertEquals(0, run("import sys\nsys.stderr = sys.stdout\n1 / 0\n", "-i"));
        assertEquals("Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\n"
                + "ZeroDivisionError: division by zero\n", out());
    }
}
