package dev.terrarium.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** eval(), exec(), compile() and the namespace builtins, compiled and run inside this JVM. */
@DisplayName("Code compiled at run time")
class DynamicCodeTest {

    private static String out(String source) {
        return InMemoryHost.stdoutOf(source);
    }

    @Test
    void aCodeObjectRunTwiceKeepsEachRunsGlobalsForTheFunctionsItDefined() {
        String src = """
                code = compile("def get():\\n    return tag", "<c>", "exec")
                g1 = {"tag": 1}
                g2 = {"tag": 2}
                exec(code, g1)
                exec(code, g2)
                print(g1["get"](), g2["get"]())
                """;
        assertEquals("1 2\n", out(src));
    }

    @Test
    void separateLocalsHoldTopLevelNamesButFunctionsSeeOnlyTheGlobals() {
        String src = """
                g = {"v": "global"}
                l = {"v": "local"}
                exec("w = v\\ndef f():\\n    return v\\nr = f()", g, l)
                print(l["w"], l["r"], "w" in g, "f" in l)
                """;
        assertEquals("local global False True\n", out(src));
    }

    @Test
    void evalInAFunctionSeesItsLocalsCellsAndFreeVariablesAsASnapshot() {
        String src = """
                def outer():
                    free = "free"
                    def f(p):
                        local = p * 2
                        seen = eval("(p, local, free)") if free else None
                        exec("local = 'changed'")
                        return seen, local, sorted(locals())
                    return f(21)
                print(outer())
                """;
        assertEquals("((21, 42, 'free'), 42, ['free', 'local', 'p', 'seen'])\n", out(src));
    }

    @Test
    void evalAndLocalsWorkInsideAFunctionSplitOverSeveralMethods() {
        StringBuilder src = new StringBuilder("def big(k):\n    pad = 0\n");
        for (int i = 0; i < 6000; i++) {
            src.append("    pad = pad + 1\n");
        }
        src.append("    return eval('pad + k'), sorted(locals())\nprint(big(5))\n");
        assertEquals("(6005, ['k', 'pad'])\n", out(src.toString()));
    }

    @Test
    void execOfALargeFunctionDefinitionIsSplitLikeAnyOther() {
        StringBuilder body = new StringBuilder("def big():\\n    n = 0\\n");
        for (int i = 0; i < 6000; i++) {
            body.append("    n = n + 2\\n");
        }
        body.append("    return n\\n");
        assertEquals("12000\n", out("ns = {}\nexec(\"" + body + "\", ns)\nprint(ns['big']())\n"));
    }

    @Test
    void syntaxErrorsOfCompiledStringsAreCatchableWithTheirPosition() {
        String src = """
                try:
                    compile("x = 1\\ny = (1 +", "prog.py", "exec")
                except SyntaxError as e:
                    print(type(e).__name__, e.lineno, e.filename)
                """;
        assertEquals("SyntaxError 2 prog.py\n", out(src));
    }

    @Test
    void anErrorInExecutedCodeShowsStringFramesInTheTraceback() {
        InMemoryHost.Result r = InMemoryHost.run("exec('def f():\\n    return 1 / 0\\nf()')\n");
        assertEquals(1, r.status());
        assertTrue(r.stderr().contains("  File \"<string>\", line 3, in <module>\n  File \"<string>\", line 2, in f\n"),
                r.stderr());
        assertTrue(r.stderr().endsWith("ZeroDivisionError: division by zero\n"), r.stderr());
    }
}
