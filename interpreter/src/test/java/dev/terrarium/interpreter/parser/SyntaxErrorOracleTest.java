package dev.terrarium.interpreter.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Syntax, indentation and tab errors: our kind, message, line and offset must be what
 * CPython 3.11 reports for the same source (asked in one python3 batch). Errors of the
 * parser are compared with {@code ast.parse}; errors CPython finds later, in its symbol
 * table and compiler, with {@code compile()} against our parser, scope analysis and compiler.
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
            "try:\n  pass\nexcept\n", "try:\n  pass\nexcept E x:\n  pass", "if a:\n    ra{ise E('x')\nb = 1\n", "print(a.b(c)[d] e)", "x = [1, -a * b c]",
            // expected ':' and other missing pieces
            "def f()\n  pass", "class A(B)\n  pass", "with open(x) as f\n  pass", "match x\n  case 1:\n    pass",
            "match x:\n  case 1\n    pass", "async def f()\n  pass", "elif\n",
            // unterminated strings
            "print(\"hello)", "s = 'it''s", "x = b'abc", "x = rb'abc\\'", "def f():\n    \"\"\"doc\n    return 1\n",
            "x = f'''{a}\n",
            // indentation: unexpected indent, unindent, missing blocks
            "x = 1\n    y = 2", "def f():\n    pass\n        x = 1", "if x:\n    pass\n\n      y",
            "class A:\n    def f(self):\n        pass\n  def g(self): pass", "def f():\n        x = 1\n    y = 2",
            "if x:\n  pass\nelse:\n# c\n", "for x in y:\n  pass\nelse:\nz", "while x:\n  pass\nelse:\nz",
            "try:\n  x\nfinally:\ny", "try:\n  x\nexcept E as e:\ny", "match x:\ncase 1: pass",
            "async def f():\n  async with a:\n  x", "async def f():\n  async for x in y:\n  z", "class A(B):\nx",
            "def f(x) -> int:\nreturn x", "try:\n  x\nexcept* E:\ny",
            // invalid assignment, deletion and annotation targets
            "x + 1 = 2", "'a' = 1", "None = 1", "True = 1", "... = 1", "a if b else c = 1", "lambda: 1 = 1",
            "[x for x in y] = 1", "{a: b} = 1", "{a} = 1", "a < b = 1", "not a = 1", "-a = 1", "f'{x}' = 1",
            "(yield) = 1", "a, 1 = x", "for f() in x: pass", "with a as (b, 1): pass", "x := 1", "(a + b := 1)",
            "del a + b", "f() += 1", "[a, b] += 1", "f(): int", "import a as b.c", "x = {**a: 1}", "f(a + 1 = 2)",
            "f(True=1)", "def f(None): pass", "(*a) = 1", "del *a",
            // brackets: unmatched, never closed, mismatched
            "foo())", "a = [1, 2]]", "}", "foo(1, 2,\n", "x = [1,\n2,\n", "d = {\n'a': 1\n", "foo(1, 2]",
            "x = [1, 2)", "x = {1: 2)", "x = (1,\n2]",
            // bad numbers and characters
            "x = 3rd", "x = 1_000_a", "print(1x)", "x = 1 – 2", "x = “abc”", "print('a')；", "x\u00a0= 1",
            // tabs and spaces mixed
            "def f():\n\tif x:\n\t\ta\n        \tb", "if x:\n        a\n\tb", "class A:\n\tx = 1\n        y = 2",
            // call arguments
            "f(**k, a)", "f(a=1, b, c)", "f(x, **a, *b, c=1)",
            // f-string fields
            "x = f'{a!}'", "x = f'{a=!x}'", "x = f'{a:{b:{c:{d}}}}'", "x = f'{*a}'", "x = f'{ }'", "x = f'{a!rr}'",
            "x = f'{a}}'", "x = f'{a:{b}'",
            // parameters
            "def f(**k, *a): pass", "def f(a, /, /): pass", "def f(/, a): pass", "def f(*, **k): pass",
            "lambda *: 0",
            // more statements and expressions
            "class A(x for x in y): pass", "x = 1 if 2 else", "from . import *, a", "from x import (a, b",
            "from x import a,", "import a, ", "raise X from", "assert", "global", "nonlocal",
            "x = [1, 2 for x in y]", "x = {a: b for a, b in c if}", "if x = 1:\n  pass", "while x = 1:\n  pass",
            "x = a.b.c = ", "a = b = c +", "def f(a, b=2, c): pass", "x = 1 2", "x = a and or b", "x = not",
            "try:\n  pass\nexcept E, F:\n  pass", "with (a as b, c as d:\n  pass", "case x:\n  pass",
            "@\ndef f(): pass", "@d\nx = 1", "class\n", "x = (1, 2,, 3)", "x = [,]", "def f(a,, b): pass",
            "x = 'a' 'b' c", "x = 0b", "x = 0o", "x = 1e+", "x = 1.2.3",
            // which element CPython's '=' hint names, := and = misplaced in expressions
            "1 = x, y", "1 = not x", "1 = x if y else z", "a, 1 = x = y", "(a, 1) = x", "1, a = x", "1, a.b = x",
            "f(), a[0] = x", "1, (a) = x", "a, (b < c) = 1", "a, (x for x in y) = 1", "a, *1 = x", "f() = not x",
            "f() = await x", "a, True = x", "if a.b := 1: pass", "x = [a[0] := 1]", "(f() := 1)", "((a) := 1)",
            "while 1 + 1 := 2: pass", "f(a.b := 1)", "f(a.b = 1)", "f(x, a.b = 1)", "f(1 = 2)", "f(**a = 1)",
            "class A(a.b=1): pass",
            // comprehension targets, f-string fields, bare * in lambda, except lists, exponents, blocks ending the input
            "{1, 2 for x in y}", "[1, for x in y]", "(1, 2 for x in y)", "[*a for a in b]", "{a: 1, b for x in y}",
            "x = f'{a:{*b}}'", "x = f'{f\"{a b}\"}'", "x = f'{del}'", "lambda *, **k: 0", "lambda *,: 0",
            "try:\n  pass\nexcept E, F as e:\n  pass", "try:\n  pass\nexcept* E, F:\n  pass",
            "try:\n  pass\nexcept E, F\n  pass", "x = 1e+a", "x = 1.5e+ 2", "if x:\n  pass\nelse:\n  # c\n",
            "if x:\n  pass\nelse:\n# comment\n# more\n", "def f():\n# c\n", "def f():\n    # c\n\n",
            "for (*a) in b: pass", "del (*a,)", "x = yield from *a",
            // brackets left open, seen by the parser beyond their line; where a comma is suggested
            "x = (a\ny = 1\n", "x = (a b\nc = 1\n", "x = f((a, b)\ny = 1\n", "x = [a, b:c\nx[()]\n", "x = (a\nb\n",
            "def samestat(s1t s2):\n    pass", "from x import (a b, c)", "[x for x in y if x if z foo w in x]",
            "bytes((x ^ 0x36) for x in ran e(256))", "match x:\n    case [\"s\"action, obj]:\n        pass",
            "if x:\n     s  if rounds is None:\n        pass",
            // literal errors raised while parsing, unless a later tokenizer error overrides them; annotations
            "x = f'{=}'", "x = f'{!r}'", "x = f'{ :x}'", "s = f'{a!x}'\nif x:\n  pass\n    y = 1",
            "s = '\\N{BULLET'\nx = (1 2)", "s = f'{a!x}'\nt = '''abc", "x = $\ny = 'abc", "x = (1 2)\ny = $",
            "x = `a`\ny = (1 2", "('urllib', 'getproxies'): ('urllib.request', 'getproxies'),",
            "[a, b]: int = 1, 2 3", "a, b: int = 1 2", "f(): int = 1 2", "if x:\n    pass\n  )\n", "x = 1\n    )\n",
            // an earlier "match <expression>" line makes the error pass say "expected ':'" where it failed
            "match(x)\nx = (1 2)", "match[x]\nif x:\ny", "match(x)\nx = $", "match = 1\nx = (1 2)",
            "match(x):\n    pass\nx = 1 2", "[x for xin y if x]", "[x for x in ran e(256)]",
            "def f(a, b=1, c=Nnot one): pass", "def f(a, b: in t): pass",
            // nesting limits of the tokenizer (MAXLEVEL 200, MAXINDENT 100)
            "x = " + "(".repeat(201) + "1" + ")".repeat(201), "x = " + "[".repeat(1000) + "]".repeat(1000),
            "x = (\n" + "{".repeat(250), nestedIfs(200), nestedIfs(101));

    /**
     * Sources that parse but that CPython's symbol table or compiler rejects; compared in the
     * oracle's compile mode with our parser followed by our scope analysis and compiler.
     */
    static final List<String> BAD_AFTER_PARSING = List.of(
            "a += *b", "return 1", "return", "class A:\n  return 1", "if x:\n  return", "yield 1", "x = yield",
            "class A:\n  yield 1", "yield from x", "def f():\n  x = [(yield) for y in z]", "await x",
            "def f():\n  await x", "class A:\n  await x", "x = [await y for y in z]", "lambda: await x", "break",
            "if x:\n  break", "def f():\n  break", "for x in y:\n  def f():\n    break",
            "while x:\n  class A:\n    break", "for x in y:\n  pass\nelse:\n  break", "continue",
            "def f():\n  continue", "for x in y:\n  def g():\n    continue", "while x:\n  pass\nelse:\n  continue",
            "nonlocal x", "if y:\n  nonlocal x", "class A:\n  nonlocal x", "def f():\n  nonlocal x",
            "def f():\n  def g():\n    nonlocal x", "x = 1\ndef f():\n  nonlocal x",
            "def f():\n  global x\n  def g():\n    nonlocal x", "def f(x):\n  global x", "def f(x):\n  nonlocal x",
            "def f(*args):\n  global args", "def f(**kw):\n  def g(): kw\n  nonlocal kw",
            "def f(a, /, b):\n  global a", "def f():\n  print(x)\n  global x", "x = 1\nglobal x",
            "def f():\n  x += 1\n  global x", "def f():\n  x = 1\n  def g():\n    print(x)\n    nonlocal x",
            "def f():\n  x = 1\n  def g():\n    x = 2\n    nonlocal x", "def f(x, x): pass", "lambda a, a: 0",
            "def f(a, *, a): pass", "def f(a, *a): pass", "def f(a, **a): pass", "def f(a, /, a): pass",
            "f(a=1, a=2)", "f(x, y=1, y=2)", "class A(metaclass=M, metaclass=N): pass",
            "async def f():\n  yield 1\n  return 2", "async def f():\n  return 1\n  yield",
            "async def f():\n  if x:\n    return x\n  yield", "async def f():\n  yield from x", "*a = 1",
            "for *x in y: pass", "a, *b, *c = x", "[*a, *b] = x", "for *a, *b in c: pass", "__debug__ = 1",
            "def f(__debug__): pass", "x = 1\ndef f():\n  return x\nreturn x",
            // __debug__, misplaced starred expressions and async constructs, source order
            "f(__debug__=1)", "lambda __debug__: 0", "def f(a, *, __debug__): pass", "import a as __debug__",
            "def __debug__(): pass", "class __debug__: pass", "del __debug__", "for __debug__ in x: pass",
            "x.__debug__ = 1", "(__debug__ := 1)", "__debug__ += 1", "x = *a", "[x async for x in y]",
            "async for x in y: pass", "async with a: pass", "def f():\n  async with a: pass",
            "async def f():\n  lambda: await x", "a, (*b, *c) = x", "with a as *b: pass", "f(a=1, **k, a=2)",
            "def f():\n  x = {(yield) for y in z}", "def f():\n  x = ((yield) for y in z)", "break\nawait x",
            "while x:\n  def f():\n    continue", "try:\n  pass\nexcept E as __debug__:\n  pass",
            // the compiler's nesting limit (3000 statements and expressions deep)
            "x = " + "-".repeat(2999) + "1", "def f():\n    return " + "not ".repeat(2998) + "x",
            "y" + ".a".repeat(5000), "x = " + String.join("+", java.util.Collections.nCopies(5000, "y")),
            "y" + "()".repeat(3000), "y" + "[0]".repeat(3000));

    /** {@code depth} blocks nested in one another, each one level of indentation deeper. */
    static String nestedIfs(int depth) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            s.append(" ".repeat(i)).append("if x:\n");
        }
        return s.append(" ".repeat(depth)).append("pass\n").toString();
    }

    @Test
    void everySnippetIsDistinct() {
        Set<String> all = new HashSet<>(BAD);
        all.addAll(BAD_AFTER_PARSING);
        assertEquals(BAD.size() + BAD_AFTER_PARSING.size(), all.size(), "a snippet is listed twice");
    }

    @Test
    void errorsMatchCPython() throws Exception {
        CPythonOracle.assumeAvailable();
        Map<String, String> sources = named(BAD);
        Map<String, String> expected = CPythonOracle.run(sources);
        List<String> mismatches = new ArrayList<>();
        for (Map.Entry<String, String> e : sources.entrySet()) {
            String exp = expected.get(e.getKey());
            assertTrue(exp.startsWith("ERR "), () -> "CPython accepts " + e.getValue());
            String ours = CPythonOracle.ours(e.getValue());
            if (!exp.equals(ours)) {
                mismatches.add(describe(e.getValue(), exp, ours));
            }
        }
        assertEquals("", String.join("", mismatches), mismatches.size() + " of " + sources.size() + " differ");
    }

    @Test
    void scopeAndCompilerErrorsMatchCPython() throws Exception {
        CPythonOracle.assumeAvailable();
        Map<String, String> sources = named(BAD_AFTER_PARSING);
        Map<String, String> parsed = CPythonOracle.run(sources);
        Map<String, String> expected = CPythonOracle.runCompile(sources);
        Map<String, String> actual = CPythonOracle.onChildStack(() -> {
            Map<String, String> m = new LinkedHashMap<>();
            sources.forEach((name, src) -> m.put(name, CPythonOracle.oursCompiled(src)));
            return m;
        });
        List<String> mismatches = new ArrayList<>();
        for (Map.Entry<String, String> e : sources.entrySet()) {
            String exp = expected.get(e.getKey());
            String src = e.getValue();
            assertTrue(!exp.startsWith("OK"), () -> "CPython compiles " + src);
            if (parsed.get(e.getKey()).startsWith("ERR ")) {
                mismatches.add(describe(src, "(CPython's parser rejects it: belongs in BAD)", parsed.get(e.getKey())));
                continue;
            }
            String ours = actual.get(e.getKey());
            if (!exp.equals(ours)) {
                mismatches.add(describe(src, exp, ours));
            }
        }
        assertEquals("", String.join("", mismatches), mismatches.size() + " of " + sources.size() + " differ");
    }

    private static Map<String, String> named(List<String> sources) {
        Map<String, String> named = new LinkedHashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            named.put("bad" + i, sources.get(i));
        }
        return named;
    }

    private static String describe(String source, String expected, String actual) {
        return "\n--- source: " + shorten(source).replace("\n", "\\n").replace("\t", "\\t")
                + "\n    CPython: " + shorten(expected) + "\n    ours:    " + shorten(actual);
    }

    private static String shorten(String s) {
        return s.length() > 120 ? s.substring(0, 100) + "... (" + s.length() + " chars)" : s;
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
