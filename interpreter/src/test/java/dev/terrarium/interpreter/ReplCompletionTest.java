package dev.terrarium.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.terrarium.interpreter.parser.PySyntaxError;
import dev.terrarium.interpreter.parser.PythonFrontEnd;
import org.junit.jupiter.api.Test;

/** When the REPL asks for more lines: what CPython's codeop calls incomplete input. */
class ReplCompletionTest {
    private static Repl.Completion completion(String source) {
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> PythonFrontEnd.parse(source + "\n", "<stdin>"));
        return Repl.completion(e, source);
    }

    @Test
    void openBracketsStringsAndContinuationsGoOn() {
        assertEquals(Repl.Completion.OPEN, completion("x = (1,"));
        assertEquals(Repl.Completion.OPEN, completion("d = {'a': [1,"));
        assertEquals(Repl.Completion.OPEN, completion("s = '''abc"));
        assertEquals(Repl.Completion.OPEN, completion("x = 1 + \\"));
        assertEquals(Repl.Completion.OPEN, completion("f(1,\n\n"));
    }

    @Test
    void blockHeadersWaitForTheirBody() {
        assertEquals(Repl.Completion.NEEDS_BODY, completion("if x:"));
        assertEquals(Repl.Completion.NEEDS_BODY, completion("def f():"));
        assertEquals(Repl.Completion.NEEDS_BODY, completion("for i in range(3):"));
        assertEquals(Repl.Completion.NEEDS_BODY, completion("class A:\n    def f(self):"));
        assertEquals(Repl.Completion.NEEDS_BODY, completion("@decorator"));
        assertEquals(Repl.Completion.NEEDS_BODY, completion("try:\n    pass\nexcept ValueError:"));
    }

    @Test
    void realErrorsStand() {
        assertEquals(Repl.Completion.NO, completion("1 +"));
        assertEquals(Repl.Completion.NO, completion("x = = 2"));
        assertEquals(Repl.Completion.NO, completion("print 'hello'"));
        assertEquals(Repl.Completion.NO, completion("x = )"));
    }
}
