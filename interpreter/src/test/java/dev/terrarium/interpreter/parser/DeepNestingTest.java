package dev.terrarium.interpreter.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.terrarium.interpreter.ast.Module;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Nesting limits, CPython 3.11's exactly: the tokenizer's MAXLEVEL (200 open brackets) and
 * MAXINDENT (99 indented levels), and the compiler's 3,000 nested statements and expressions
 * (RecursionError). Deep sources are parsed on a thread with the sandbox child's stack; on a
 * small stack the front end may give up sooner, but only with {@link SourceTooComplexError}.
 */
class DeepNestingTest {

    /** Expressions CPython 3.11 refuses with "RecursionError: maximum recursion depth exceeded during compilation". */
    static final List<String> TOO_DEEP = List.of(
            "not ".repeat(5000) + "x",
            "-".repeat(5000) + "x",
            String.join("+", Collections.nCopies(5000, "y")),
            "y" + ".a".repeat(5000),
            "y" + "()".repeat(3000),
            "y" + "[0]".repeat(3000),
            "x = " + "1 if y else ".repeat(3000) + "2");

    private static Module parse(String source) {
        return PythonFrontEnd.parse(source, "<test>");
    }

    private static String parens(int depth) {
        return "x = " + "(".repeat(depth) + "1" + ")".repeat(depth);
    }

    @Test
    void twoHundredNestedBracketsAreFineAndOneMoreIsTooMany() {
        parse(parens(200));
        parse("x = " + "[".repeat(100) + "{".repeat(100) + "}".repeat(100) + "]".repeat(100));
        for (int depth : new int[] {201, 1000}) {
            PySyntaxError e = assertThrows(PySyntaxError.class, () -> parse(parens(depth)));
            assertEquals("SyntaxError", e.kind());
            assertEquals("too many nested parentheses", e.message());
            assertEquals(1, e.lineno());
            assertEquals(205, e.offset(), "at the 201st bracket");
        }
    }

    @Test
    void ninetyNineIndentedLevelsAreFineAndTheHundredthIsTooMany() {
        parse(SyntaxErrorOracleTest.nestedIfs(99));
        for (int depth : new int[] {100, 200}) {
            PySyntaxError e = assertThrows(PySyntaxError.class, () -> parse(SyntaxErrorOracleTest.nestedIfs(depth)));
            assertEquals("IndentationError", e.kind());
            assertEquals("too many levels of indentation", e.message());
            assertEquals(101, e.lineno());
            assertEquals(1, e.offset());
        }
    }

    @Test
    void threeThousandNestedNodesCompileAndOneMoreIsARecursionError() throws Exception {
        CPythonOracle.onChildStack(() -> {
            // Assign + 2,998 UnaryOps + Constant = 3,000 levels: the deepest CPython compiles
            Module ok = parse("x = " + "-".repeat(2998) + "1");
            assertEquals(1, ok.body().size());
            parse("def f():\n    return " + "not ".repeat(2997) + "x");
            SourceTooComplexError e = assertThrows(SourceTooComplexError.class, () -> parse("x = " + "-".repeat(2999) + "1"));
            assertEquals("RecursionError", e.pythonType());
            assertEquals("maximum recursion depth exceeded during compilation", e.pythonMessage());
            return null;
        });
    }

    @Test
    void deepExpressionsAreCPythonsRecursionErrorOnTheChildsStack() throws Exception {
        CPythonOracle.onChildStack(() -> {
            for (String source : TOO_DEEP) {
                SourceTooComplexError e = assertThrows(SourceTooComplexError.class, () -> parse(source),
                        () -> source.substring(0, 20));
                assertEquals("RecursionError: maximum recursion depth exceeded during compilation", e.report());
            }
            return null;
        });
    }

    @Test
    void deepExpressionsNeverOverflowTheJavaStackOfAnyThread() {
        // This thread's stack is far smaller than the child's: whatever gives out first, the
        // outcome is SourceTooComplexError, never a StackOverflowError.
        for (String source : TOO_DEEP) {
            assertThrows(SourceTooComplexError.class, () -> parse(source));
        }
        for (String source : List.of("not ".repeat(200_000) + "x", "(" + "-".repeat(200_000) + "x)",
                "lambda:".repeat(50_000) + "1", "x = " + "1 if y else ".repeat(50_000) + "2")) {
            assertThrows(SourceTooComplexError.class, () -> parse(source));
        }
    }

    @Test
    void evalSourcesHaveTheSameLimit() {
        assertThrows(SourceTooComplexError.class, () -> PythonFrontEnd.parseEval("-".repeat(5000) + "1", "<string>"));
    }
}
