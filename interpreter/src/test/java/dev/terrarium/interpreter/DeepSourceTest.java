package dev.terrarium.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a user sees when a script nests too deeply, as with {@code python3 script.py}: the bare
 * last line of CPython's report, no traceback, exit status 1. Run on a thread with the sandbox
 * child's stack (-Xss64m), where the guest's main thread runs.
 */
class DeepSourceTest {
    private static final long CHILD_STACK_BYTES = 64L << 20;

    private static InMemoryHost.Result runOnChildStack(String source) throws InterruptedException {
        InMemoryHost.Result[] result = new InMemoryHost.Result[1];
        Thread t = new Thread(null, () -> result[0] = InMemoryHost.run(source), "child-sized stack", CHILD_STACK_BYTES);
        t.start();
        t.join();
        return result[0];
    }

    @Test
    void tooDeepAScriptIsARecursionErrorWithoutTraceback() throws Exception {
        for (String source : List.of("not ".repeat(5000) + "x\n", "-".repeat(5000) + "x\n",
                String.join("+", Collections.nCopies(5000, "y")) + "\n", "y" + ".a".repeat(5000) + "\n",
                "y" + "()".repeat(3000) + "\n", "print('never')\nx = " + "-".repeat(2999) + "1\n")) {
            InMemoryHost.Result r = runOnChildStack(source);
            assertEquals("", r.stdout(), "nothing runs");
            assertEquals("RecursionError: maximum recursion depth exceeded during compilation\n", r.stderr());
            assertEquals(1, r.status());
        }
    }

    @Test
    void theDeepestNestingCPythonCompilesRuns() throws Exception {
        InMemoryHost.Result r = runOnChildStack("x = " + "-".repeat(2998) + "1\nprint(x)\n");
        assertEquals("", r.stderr());
        assertEquals("1\n", r.stdout());
        assertEquals(0, r.status());
    }

    @Test
    void tooManyNestedParenthesesAndIndentationLevelsAreSyntaxErrors() throws Exception {
        InMemoryHost.Result r = runOnChildStack("x = " + "(".repeat(1000) + "1" + ")".repeat(1000) + "\n");
        assertEquals(1, r.status());
        assertEquals("SyntaxError: too many nested parentheses\n", r.stderr().substring(r.stderr().lastIndexOf('\n', r.stderr().length() - 2) + 1));
        StringBuilder ifs = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            ifs.append(" ".repeat(i)).append("if x:\n");
        }
        r = runOnChildStack(ifs.append(" ".repeat(200)).append("pass\n").toString());
        assertEquals(1, r.status());
        // offset 1 lies in the stripped indentation: CPython prints no caret line
        assertEquals("  File \"/work/main.py\", line 101\n    if x:\nIndentationError: too many levels of indentation\n",
                r.stderr());
    }
}
