package dev.terrarium.interpreter.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Our AST, dumped, must equal CPython 3.11's {@code ast.dump(..., include_attributes=True)}
 * for snippets covering the whole statement and expression syntax and for the grammar's
 * corners (the standard library is {@link StdlibOracleTest}'s). One python3 process answers
 * each batch.
 */
class FrontEndOracleTest {

    static final List<String> SNIPPETS = List.of(
            // walking-skeleton slice
            "x = 1\ny = x + 2 * 3 - -4 ** 2 / 5 // 6 % 7\n",
            "a = b = c = 'str'\nx += 1\nx -= 2\nx *= 3\nx /= 4\nx //= 5\nx %= 6\nx **= 7\nx <<= 1\nx >>= 1\nx &= 1\nx |= 1\nx ^= 1\nx @= m\n",
            "if a < b <= c != d == e > f >= g:\n    pass\nelif x is not None and y not in z or not w:\n    x = 1\nelse:\n    y = 2\n",
            "while x:\n    if y:\n        break\n    continue\nelse:\n    pass\n",
            "for i in range(10):\n    print(i, end='', sep=' ')\nelse:\n    done()\n",
            "def f(a, b=1, c=None):\n    return a + b\n\ndef g():\n    return\n",
            "x = [1, 2.5, 'a', True, False, None]\nd = {'a': 1, 2: [3]}\nt = (1,)\ne = ()\nl = []\nm = {}\n",
            "x = a[0] + a[1:2] + a[::3] + a[1:2, ...] + a.b.c(d)[e]\n",
            "x = 0x_ff + 0o17 + 0b1010 + 1_000_000 + 1.5e-3 + 3j + .5 + 1. + 1e16 + 1e-5 + 0.1 + 123456789012345678901234567890\n",
            // strings
            "s = 'a' \"b\" '''c\nd''' r'\\n' u'x'\nb = b'\\x00\\n' rb'\\d' B'\\''\n",
            "s = '\\N{BULLET}\\u1234\\U0001F600\\x41\\101\\t\\\\ \\q é ñ 日本'\n",
            "f'{x!r:>{w}} and {y=} {z!s} {q!a:^10} {{literal}} {a + b:.{p}f}'\nf'''multi\n{line}\n'''\n",
            "x = (f\"\"\"ab\n  {y}\"\"\", f'{z}' 'plain' f'{w}')\n",
            // other statements
            "@dec\n@dec2(1)\nclass C(B, metaclass=M):\n    '''doc'''\n    x: int = 5\n    y: 'str'\n    (z): int\n    async def m(self, /, a, *args, k, kw=1, **kws) -> None:\n        await x\n        async for a in b:\n            pass\n        async with a as b, c:\n            yield\n",
            "try:\n    pass\nexcept (A, B) as e:\n    raise X from e\nexcept C:\n    raise\nelse:\n    pass\nfinally:\n    pass\n",
            "try:\n    pass\nexcept* ValueError as eg:\n    pass\nexcept* (TypeError, KeyError):\n    pass\n",
            "with (open(x) as f, open(y) as g):\n    pass\nwith (a, b):\n    pass\nwith a as (b, c):\n    pass\n",
            "import a.b.c as d, e\nfrom ..x import (y as z, w,)\nfrom . import *\nfrom .... import q\n",
            "def outer():\n    global q\n    nonlocal_ = 1\n    def inner():\n        nonlocal nonlocal_\n    assert x, 'msg'\n    del a, b[1], c.d\n    x = yield from y\n    lambda: (yield)\n",
            "lambda: 0\nlambda x, /, y=1, *a, z, w=2, **k: x\nlambda *, k: k\n",
            "[x for x in y if x if z for w in x]\n{k: v for k, v in d.items()}\n{a for a in b}\n(x async for x in y)\nf(x for x in y)\n",
            "x = a if b else c\ny = (z := 10)\nprint(w := 5)\n[y := f(x), y**2]\n",
            "a, *b = c\n[a, b] = c\n(a, b), c = d\na[1], b.c = e\n*a, = b\n",
            "x = [*a, *b]\ny = {**a, 'b': 1, **c}\nz = f(*args, k=1, *more, **kw)\nt = *a, *b\n",
            "x = not a\nx = ~a\nx = +a\nx = -a\nx = a @ b\nx = a // b % c << d >> e & f ^ g | h\nx = a is not b\nx = await_ if 1 else 2\n",
            "x[*a]\nx[1:2, *b]\nx[a, b:c]\nx[()]\nx[(1, 2)]\n",
            "match command.split():\n    case [action]:\n        pass\n    case [action, obj] if obj:\n        pass\n    case Point(x=0, y=0) | {'k': _, **rest} | [1, 2, *others] | -1 | 1+2j | -3-4j | None | True | 's' 'b' | a.b as q:\n        pass\n    case (1 | 2) as n:\n        pass\n    case ():\n        pass\n    case (x,):\n        pass\n    case C():\n        pass\n    case {1: a, None: b, a.b: c}:\n        pass\n    case *rest, last:\n        pass\n    case _:\n        pass\n",
            "match = 1\ncase = match\nmatch(x)\nmatch[x]\n_ = case\nprint(match, case)\nmatch x, y:\n    case a, b:\n        pass\n",
            "x = 1; y = 2;\nif x: pass; pass;\nwhile y: y -= 1;\n",
            "if a:\n    if b:\n        if c:\n            pass\n\n\n# comment\n        # indented comment\nx = (1,\n     2)\ny = 1 + \\\n    2\n",
            "def f(*args: *Ts): pass\n",
            "x = 'é' + é + ﬁ\nclass Ä: pass\n",
            "x = 1 if y else(2)\nz = [1,2,3][::-1]\n",
            "");

    /** Corners of the grammar; CPython accepts some and rejects others, and we must agree either way. */
    static final List<String> EDGE_CASES = List.of(
            "*a",
            "x = *a",
            "(*a)",
            "[*a for a in b]",
            "{**a for a in b}",
            "del *a",
            "del (a), [b]",
            "(a) = 1",
            "x = yield a, b",
            "return *a, b",
            "for x in *a, b: pass",
            "a: int",
            "(a): int = 1",
            "a.b: int",
            "x[y:=1]",
            "x[a:=1, b]",
            "class A(): pass",
            "lambda: x if y else z",
            "x = 1_0.0_1e+1_0j",
            "f(a)(b)[c]",
            "with a, b as c: pass",
            "async def f():\n  [x async for x in y]\n  await z\n  return [await a for a in b]",
            "def f(a, /): pass",
            "def f(a, /, *, b): pass",
            "def f(*, a=1, b): pass",
            "lambda a, /: a",
            "f(a, *b, c, **d, e=1)",
            "f(a=1, *b)",
            "f(**a, b=1)",
            "x = a if b else c if d else e",
            "x = not not a",
            "x = - - a",
            "x = a ** -b",
            "x = -a ** b",
            "x = await_",
            "global a, b",
            "import a as b, c.d",
            "x = (yield)",
            "x = [i for i in range(3) if i if not i]",
            "x = {a: b for a, b in c}",
            "def f(): yield",
            "x = 1 if 2 else 3,",
            "assert (x, y)",
            "x = [1,\n]",
            "if x:\n  pass\nelif y:\n  pass\nelif z:\n  pass\nelse:\n  pass",
            "x = '''\\\n'''",
            "x = b'\\777'",
            "x = '\\777'",
            "x = '\\0'",
            "x = rb'\\x'",
            "x = f'{x}' f'{y}' 'z'",
            "x = f'{x:{y}{z}}'",
            "x = f'{\"a\"}'",
            "x = f'{3!r}'",
            "x = f'{x:=10}'",
            "x = f'{(x:=10)}'",
            "x = f'''{\n  x\n}'''",
            "x = f'{x!r=}'",
            "x = f'{x=!r:10}'",
            "x = f'{ x = }'",
            "x = f'{x}}}'",
            "x = f'{{}}'",
            "x = F'{x:%H:%M}'",
            "x = rf'\\{x}'",
            "x = f'\\N{BULLET}{x}'",
            "x = u'a' 'b'",
            "x = 'a' u'b'",
            "x = 1e1000",
            "x = 0.000001",
            "x = 1e22",
            "x = 123456789.123456789",
            "x = 5e-324",
            "x = 2.5e-8",
            "x = 0j",
            "x = 1e300j",
            "match x:\n case {**r}: pass",
            "match x:\n case [*_]: pass",
            "match x:\n case A.B.C(): pass",
            "match x:\n case (a): pass",
            "match x:\n case a, *b: pass",
            "match x:\n case -0j: pass",
            "match x:\n case 'a' 'b': pass",
            "match x:\n case b'a': pass",
            "match (x):\n case 1: pass",
            "match x,:\n case 1: pass",
            "match *x, y:\n case 1: pass",
            "match x:\n case 1 | (2 | 3): pass",
            "match x:\n case {'a': 1, 'b': [2, 3]}: pass",
            "case = 1\nmatch = case",
            "match.x = 1",
            "match(x).y = 2",
            "def f[T](): pass",
            "type X = int",
            "x = 1 if True else 2 if False else 3",
            "try:\n  pass\nexcept E as e:\n  pass\nexcept (A, B):\n  pass",
            "@a.b(c)\n@d\nasync def f(): pass",
            "x = \\\n  1",
            "if 1:\n\tx = 1\n\tif 2:\n\t\ty = 1",
            "x = (\n\n# c\n1)",
            "\n\n\n",
            "# only comment",
            "x=1#c",
            "\ufeffx = 1",
            "x = 1\n\f\ny = 2",
            "x = 'a\\\nb'",
            "f(a)[b].c = d",
            "del a[1:2], b.c",
            "x, = y",
            "[] = x",
            "() = x",
            "x = [] = y",
            "with a as (b, *c): pass",
            "for (a, b) in c: pass",
            "for [a, b] in c: pass",
            "for a.b in c: pass",
            "for a[0] in c: pass",
            "x += yield",
            "x = a < b > c",
            "x = a if b else lambda: c",
            "x = lambda: (yield)",
            "x = [(yield)]",
            "if x = 1:\n  pass",
            "f(x=1, x=2)",
            "a + 1 = 2",
            "[x for x in y] = 1",
            "def f(a, a): pass",
            "x = {**a: 1}",
            "f(a=)",
            "from x import a as",
            "while x = 1: pass",
            "x = [1, 2] = 3",
            "f(True=1)",
            "x.y += 1 = 2",
            "del x +1",
            "a if b = c",
            "x = 1 = 2",
            "(yield) = 1",
            "f'{x}' = 1",
            "None = 1",
            "... = 1",
            "def f(None): pass",
            "x: int, y: int = 1, 2",
            "import a, ",
            "from x import (a, b",
            "from x import a, b,",
            "for x in range(3) print(x)",
            "class A(x for x in y): pass",
            "x = 1 2",
            "x = a.",
            "a = 1; ; b",
            "if True:\npass\nelse:\n  pass",
            "f(**kwargs, *args)",
            "nonlocal = 1",
            "def f(x, *, **k): pass",
            "lambda: yield",
            "x = *a, = b",
            "a, b = *c",
            "f(a)(b) = 1",
            "x = {a, b: c}",
            "x = {a: b, c}",
            "async with a: pass",
            "await x",
            "def f():\n  async with a: pass",
            "async def f():\n  yield from x",
            "x = 'a' 'b' f'c' b'd'",
            "def f(a, *, b, **c, d): pass",
            // identifiers and characters
            "x = a\u00a0b",
            "\u00e9t\u00e9 = 1",
            "x = \u2460",
            "x\u0301 = 1",
            "\u0661 = 1",
            "x = a\u200db",
            "\u2118 = 1",
            "x = 1\u00b2",
            "\u2115 = 1",
            "\ud835\udd18\ud835\udd2b\ud835\udd26 = 2",
            "x = \u2177",
            "x = 1\u00e9",
            "x = 0xf\u00e9");

    @Test
    void edgeCasesAgreeWithCPython() throws Exception {
        CPythonOracle.assumeAvailable();
        Map<String, String> sources = new LinkedHashMap<>();
        for (int i = 0; i < EDGE_CASES.size(); i++) {
            sources.put("edge" + i, EDGE_CASES.get(i));
        }
        Map<String, String> expected = CPythonOracle.run(sources);
        for (Map.Entry<String, String> e : sources.entrySet()) {
            assertEquals(expected.get(e.getKey()), CPythonOracle.ours(e.getValue()), "source:\n" + e.getValue());
        }
    }

    @Test
    void snippetsMatchCPython() throws Exception {
        CPythonOracle.assumeAvailable();
        Map<String, String> sources = new LinkedHashMap<>();
        for (int i = 0; i < SNIPPETS.size(); i++) {
            sources.put("snippet" + i, SNIPPETS.get(i));
        }
        Map<String, String> expected = CPythonOracle.run(sources);
        for (Map.Entry<String, String> e : sources.entrySet()) {
            String exp = expected.get(e.getKey());
            assertTrue(exp.startsWith("OK "), () -> "CPython rejects snippet " + e.getValue() + ": " + exp);
            assertEquals(exp, CPythonOracle.ours(e.getValue()), "snippet:\n" + e.getValue());
        }
    }
}
