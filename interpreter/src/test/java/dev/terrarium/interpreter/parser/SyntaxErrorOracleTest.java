package dev.terrarium.interpreter.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Syntax, indentation and tab errors: our kind, message, line and offset must be what
 * CPython 3.11 reports for the same source (asked in one python3 batch).
 */
class SyntaxErrorOracleTest {

    static final List<String> BAD = List.of(
            // tokenizer
            "x = (", "x = (1,\n2", "foo(1 2", "x = [1, 2", "x = {'a': 1,\n 'b': 2", "a = 1\nb = (2\nc = 3\n",
            "x = )", "x = (]", "x = 1\n)", "x = (1 + 2))",
            "x = 'abc", "x = \"abc\ny", "x = '''abc\n\n", "a = 1\nb = 'abc\n", "x = 'abc' 'def",
            "x = 1abc", "x = 12abc", "x = 1.5abc", "x = 0x1g", "x = 5jx", "x = 0o8", "x = 0b2", "x = 0777", "x = 09",
            "x = 1_", "x = 1__0", "x = 0x", "x = 1e", "x = 1.__x__",
            "x = $", "x = ?", "x = ₂", "x = a€", "\\x", "x = 1 \\ 2", "x = 1\n\\",
            // indentation
            "  x = 1", "if x:\n    a\n  b", "if x:\n\ta\n        b", "if True:\n  x = 1\n    y = 2",
            "for x in range(10):\n  pass\n break", "while True:\n    pass\n  x = 1", "if x:\n    pass\n  else:\n    pass",
            "if x:\npass", "def f():\nreturn 1", "class A:\n", "for x in y:\n", "try:\nx", "while x:\n\n# c\ny",
            "with a:\npass", "if x:\n  pass\nelse:\npass", "if x:\n  pass\nelif y:\npass",
            // parser
            "if x\n  pass", "while x\n  pass", "class C\n  pass", "for x in y\n  pass", "with a\n  pass",
            "try:\n  pass\nfinally\n  pass", "def f(:\n  pass", "x +", "a b", "x = 1 +\n", "elif x:\n  pass",
            "else:\n  pass", "import", "from x import", "import a.b as", "x.1", "1 + * 2", "f(**)",
            "x = [i for i in]", "x = 5 if 3", "x = 1 if 2", "try:\n  pass\n", "print 'x'", "print 1, 2", "exec 'x'",
            "x = (1 2 3", "x = [1, 2 3,\n4, 5\ny = 1", "f(a b)\ng(", "x = {1: 2, 3}", "(x = 1",
            // AST-level checks
            "1 = x", "f() = 1", "del f()", "del 1", "del (a, f())", "for 1 in x: pass", "with a as f():\n  pass",
            "with a as 1: pass", "a, b += 1", "(a, b) += 1", "(a, b): int", "[a, b]: int", "x = yield = 3",
            "x = 3 = y", "f(**a, *b)", "f(a=1, b)", "f(x for x in y, 1)", "f(a for a in b, c)",
            "def f(a=1, b): pass", "lambda x=1, y: x", "def f(*): pass", "def f(*a, *b): pass",
            "def f(**a, b): pass", "x = 'a' b'c'", "x = b'é'", "x = f'{}'", "x = f'{a!x}'", "x = f'{a'",
            "x = '\\N{foo}'", "match x:\n  case _ as _:\n    pass",
            // patterns the grammar has no rule for
            "match x:\n  case *a:\n    pass", "match x:\n  case (*a):\n    pass", "match x:\n  case *a if a:\n    pass",
            "match x:\n  case {**r, 1: 2}:\n    pass", "match x:\n  case {**r, **s}:\n    pass",
            "match x:\n  case {**_}:\n    pass", "match x:\n  case {k: 1}:\n    pass",
            // f-string fields
            "x = f'{a b}'", "x = f'{1 +}'", "x = f'{)}'", "x = f'{a!r b}'", "x = f'{lambda x: 1}'", "x = f'{x:{y:{z}}}'",
            "x = f'{#}'", "x = f'{\\n}'", "x = f'}'", "x = f'{'", "x = f'{a[}'", "x = f'{a(}'", "x = f'{a:{b!x}}'",
            "try:\n  x\nexcept:\ny", "async def f():\nx", "@d\ndef f():\nx", "match x:\n  case 1:\n  pass",
            "def f[T](): pass", "def f(x):\n    return x +\n", "class A(B:\n  pass", "def f():\n  x = 1\n   y = 2",
            // a later tokenizer error overrides parser errors (but not "unexpected indent")
            "if x\n  pass\ny = 'abc", "x = f(a b)\ny = 'abc", "def f a):\n  pass", "  x = 1\ny = 'abc",
            "if x:\npass\ny = 'abc", "x = (1 2)\ny = (", "try:\n    x = 1\ny = 2\n", "try:\n    x = 1\n",
            "def f():\n    try:\n        x = 1\n    y = 2\n", "try:\n  from a import b\nexcept E:\n  ",
            "def f(x):\n    # only a comment", "x = (1 2)\nif x:\n    a\n  b", "x = (1 2)\nif x:\n\ta\n        b",
            "x = (prefix + line f predicate(line) else line)", "match x:\n  case 1:\npass", "if a:\n    if b:\n\n\nx = 1",
            "if x:\n    a\n 1e = 2", "if x:\n    a\n  'abc", "class A(B) x:\n  pass", "for x in y z:\n  pass",
            "try x:\n  pass", "if x:\n  pass\nelse x:\n  pass", "lambda x y: 1", "def f() x:\n  pass",
            "def f() -> int x:\n  pass", "while x y:\n  pass", "with a b:\n  pass", "try:\n  pass\nfinally x:\n  pass",
            "try:\n  pass\nexcept\n", "try:\n  pass\nexcept E x:\n  pass", "if a:\n    ra{ise E('x')\nb = 1\n", "print(a.b(c)[d] e)", "x = [1, -a * b c]");

    @Test
    void errorsMatchCPython() throws Exception {
        CPythonOracle.assumeAvailable();
        Map<String, String> sources = new LinkedHashMap<>();
        for (int i = 0; i < BAD.size(); i++) {
            sources.put("bad" + i, BAD.get(i));
        }
        Map<String, String> expected = CPythonOracle.run(sources);
        for (Map.Entry<String, String> e : sources.entrySet()) {
            String exp = expected.get(e.getKey());
            assertTrue(exp.startsWith("ERR "), () -> "CPython accepts " + e.getValue());
            assertEquals(exp, CPythonOracle.ours(e.getValue()), "source:\n" + e.getValue());
        }
    }

    @Test
    void errorCarriesFilenameTextAndEnd() {
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> PythonFrontEnd.parse("x = 1\ny = (\n", "/tmp/x.py"));
        assertEquals("SyntaxError", e.kind());
        assertEquals("'(' was never closed", e.message());
        assertEquals("/tmp/x.py", e.filename());
        assertEquals(2, e.lineno());
        assertEquals(5, e.offset());
        assertEquals("y = (", e.text());
    }

    @Test
    void offsetsCountCharactersNotBytes() {
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> PythonFrontEnd.parse("é = ((é) é)", "f"));
        assertEquals(1, e.lineno());
        assertEquals("é = ((é) é)", e.text());
        // the error starts at "(é)": character offset 6, though byte offset 7
        assertEquals(6, e.offset());
        assertEquals("invalid syntax. Perhaps you forgot a comma?", e.message());
    }
}
