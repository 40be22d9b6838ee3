package dev.terrarium.interpreter.parser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.terrarium.interpreter.ast.ConstantValue;
import dev.terrarium.interpreter.ast.Expr;
import dev.terrarium.interpreter.ast.Module;
import dev.terrarium.interpreter.ast.Operators.ExprContext;
import dev.terrarium.interpreter.ast.Span;
import dev.terrarium.interpreter.ast.Stmt;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Front-end behaviour that needs no CPython to check: literal values, contexts, limits. */
class FrontEndUnitTest {

    private static Expr value(String src) {
        Module m = PythonFrontEnd.parse(src, "<t>");
        return ((Stmt.Assign) m.body().get(0)).value();
    }

    private static ConstantValue constant(String src) {
        return ((Expr.Constant) value(src)).value();
    }

    @Test
    void stringEscapesDecode() {
        assertEquals(new ConstantValue.Str("\u2022\u1234\uD83D\uDE00A\u0041\t\\q"),
                constant("x = '\\N{BULLET}\\u1234\\U0001F600\\x41\\101\\t\\\\q'"));
        assertEquals(new ConstantValue.Str("a\\nb"), constant("x = r'a\\nb'"));
        assertEquals(new ConstantValue.Str("ab"), constant("x = 'a\\\nb'"));
    }

    @Test
    void adjacentLiteralsConcatenate() {
        assertEquals(new ConstantValue.Str("abc"), constant("x = 'a' \"b\" '''c'''"));
        Expr.Constant c = (Expr.Constant) value("x = u'a' 'b'");
        assertEquals("u", c.kind());
        assertNull(((Expr.Constant) value("x = 'a' u'b'")).kind());
    }

    @Test
    void bytesLiterals() {
        ConstantValue.Bytes b = (ConstantValue.Bytes) constant("x = b'\\x00\\xff' rb'\\n'");
        assertArrayEquals(new byte[] {0, (byte) 0xff, '\\', 'n'}, b.value());
    }

    @Test
    void numbers() {
        assertEquals(new ConstantValue.Int(new BigInteger("123456789012345678901234567890")),
                constant("x = 123_456_789_012_345_678_901_234_567_890"));
        assertEquals(new ConstantValue.Int(BigInteger.valueOf(255)), constant("x = 0xF_f"));
        assertEquals(new ConstantValue.Int(BigInteger.valueOf(8)), constant("x = 0o10"));
        assertEquals(new ConstantValue.Int(BigInteger.valueOf(5)), constant("x = 0b101"));
        assertEquals(new ConstantValue.Float(1500.0), constant("x = 1_5e2"));
        assertEquals(new ConstantValue.Float(0.5), constant("x = .5"));
        assertEquals(new ConstantValue.Imaginary(2.5), constant("x = 2.5j"));
    }

    @Test
    void fStringParts() {
        Expr.JoinedStr j = (Expr.JoinedStr) value("x = f'a{b!r:>{w}}c{d=}'");
        List<Expr> v = j.values();
        assertEquals(new ConstantValue.Str("a"), ((Expr.Constant) v.get(0)).value());
        Expr.FormattedValue b = (Expr.FormattedValue) v.get(1);
        assertEquals('r', b.conversion());
        Expr.JoinedStr spec = (Expr.JoinedStr) b.formatSpec();
        assertEquals(new ConstantValue.Str(">"), ((Expr.Constant) spec.values().get(0)).value());
        assertInstanceOf(Expr.FormattedValue.class, spec.values().get(1));
        assertEquals(new ConstantValue.Str("cd="), ((Expr.Constant) v.get(2)).value());
        assertEquals('r', ((Expr.FormattedValue) v.get(3)).conversion());
    }

    @Test
    void targetsGetStoreAndDelContexts() {
        Module m = PythonFrontEnd.parse("a, [b, *c] = d\ndel e.f, g[0]\n", "<t>");
        Expr.Tuple t = (Expr.Tuple) ((Stmt.Assign) m.body().get(0)).targets().get(0);
        assertEquals(ExprContext.Store, t.ctx());
        Expr.ListExpr l = (Expr.ListExpr) t.elts().get(1);
        assertEquals(ExprContext.Store, l.ctx());
        assertEquals(ExprContext.Store, ((Expr.Starred) l.elts().get(1)).ctx());
        Stmt.Delete d = (Stmt.Delete) m.body().get(1);
        assertEquals(ExprContext.Del, ((Expr.Attribute) d.targets().get(0)).ctx());
        assertEquals(ExprContext.Del, ((Expr.Subscript) d.targets().get(1)).ctx());
    }

    @Test
    void softKeywordsStayNames() {
        Module m = PythonFrontEnd.parse("match = case = _ = 1\nmatch(match)\n", "<t>");
        Stmt.Assign a = (Stmt.Assign) m.body().get(0);
        assertEquals("match", ((Expr.Name) a.targets().get(0)).id());
        assertEquals("case", ((Expr.Name) a.targets().get(1)).id());
        assertInstanceOf(Expr.Call.class, ((Stmt.ExprStmt) m.body().get(1)).value());
    }

    @Test
    void columnsAreUtf8Bytes() {
        Expr.BinOpExpr b = (Expr.BinOpExpr) value("é = 'é' + é");
        assertEquals(new Span(1, 5, 1, 9), b.left().span());
        assertEquals(new Span(1, 12, 1, 14), b.right().span());
    }

    @Test
    void longOperatorChainsDoNotExhaustTheStack() {
        // Assign, 2,998 BinOps and a Name: CPython's deepest compilable nesting (3,000)
        Expr e = value("x = a" + "+a".repeat(2998));
        int depth = 0;
        while (e instanceof Expr.BinOpExpr b) {
            e = b.left();
            depth++;
        }
        assertEquals(2998, depth);
        // one more, or a hundred thousand more, is CPython's RecursionError, not a stack overflow
        for (int n : new int[] {2999, 100_000}) {
            SourceTooComplexError err = assertThrows(SourceTooComplexError.class,
                    () -> PythonFrontEnd.parse("x = a" + "+a".repeat(n), "<t>"));
            assertEquals("RecursionError", err.pythonType());
            assertEquals("maximum recursion depth exceeded during compilation", err.pythonMessage());
        }
    }

    @Test
    void bracketNestingIsLimitedAsInCPython() {
        PythonFrontEnd.parse("x = " + "(".repeat(199) + ")".repeat(199), "<t>");
        PySyntaxError e = assertThrows(PySyntaxError.class,
                () -> PythonFrontEnd.parse("x = " + "(".repeat(201) + ")".repeat(201), "<t>"));
        assertEquals("too many nested parentheses", e.message());
        assertTrue(e.offset() > 200);
    }

    @Test
    void evalModeParsesAnExpressionList() {
        Expr e = PythonFrontEnd.parseEval("a + 1, b\n\n", "<string>");
        Expr.Tuple t = (Expr.Tuple) e;
        assertEquals(2, t.elts().size());
        assertInstanceOf(Expr.BinOpExpr.class, t.elts().get(0));
        PySyntaxError err = assertThrows(PySyntaxError.class, () -> PythonFrontEnd.parseEval("x = 1", "<string>"));
        assertEquals("invalid syntax", err.message()); // as CPython: no named_expression here
        assertEquals(3, err.offset());
    }

    @Test
    void crlfAndBomAreAccepted() {
        Module m = PythonFrontEnd.parse("\uFEFFif x:\r\n    y = 1\r\nz = 2\r\n", "<t>");
        assertEquals(2, m.body().size());
        assertEquals(3, m.body().get(1).span().lineno());
    }
}
