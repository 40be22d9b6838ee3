package dev.terrarium.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The compiled path end to end inside this JVM (the child-process path is covered by conformance-tests). */
@DisplayName("Compiled Python, in process")
class CompilerTest {

    private static String out(String source) {
        InMemoryHost.Result r = InMemoryHost.run(source);
        assertEquals("", r.stderr(), "stderr");
        assertEquals(0, r.status(), "exit status");
        return r.stdout();
    }

    @Nested
    @DisplayName("functions")
    class Functions {
        @Test
        void recursionAndDefaults() {
            assertEquals("832040\n", out("def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\nprint(fib(30))\n"));
            assertEquals("3 5 5\n", out("def f(a, b=2, c=4):\n    return a + b + c\nprint(f(0, 1, 2), f(-1), f(1, c=2))\n"));
        }

        @Test
        void localsLiveInTheFunctionAndGlobalsInTheModule() {
            String src = """
                    x = 1
                    def f():
                        x = 2
                        return x
                    def g():
                        global x
                        x = 3
                    print(f(), x)
                    g()
                    print(x)
                    """;
            assertEquals("2 1\n3\n", out(src));
        }

        @Test
        void readingALocalBeforeAssignmentRaisesUnboundLocalError() {
            InMemoryHost.Result r = InMemoryHost.run("x = 1\ndef f():\n    print(x)\n    x = 2\nf()\n");
            assertEquals(1, r.status());
            assertTrue(r.stderr().endsWith(
                    "UnboundLocalError: cannot access local variable 'x' where it is not associated with a value\n"),
                    r.stderr());
        }

        @Test
        void wrongArgumentCountsRaiseCPythonsTypeErrors() {
            InMemoryHost.Result r = InMemoryHost.run("def f(a, b):\n    pass\nf(1)\n");
            assertTrue(r.stderr().endsWith("TypeError: f() missing 1 required positional argument: 'b'\n"), r.stderr());
            r = InMemoryHost.run("def f(a):\n    pass\nf(1, 2)\n");
            assertTrue(r.stderr().endsWith("TypeError: f() takes 1 positional argument but 2 were given\n"), r.stderr());
        }

        @Test
        void closuresShareTheirCellsWithTheEnclosingFunction() {
            String src = """
                    def counter(start):
                        count = start
                        def step(by=1):
                            nonlocal count
                            count += by
                            return count
                        def peek():
                            return count
                        return step, peek
                    step, peek = counter(10)
                    step()
                    step(5)
                    print(peek(), step())
                    def adders():
                        fs = []
                        for i in range(3):
                            fs.append(lambda x, i=i: x + i)
                        late = [lambda: i]
                        return fs, late
                    fs, late = adders()
                    print(fs[0](10), fs[2](10), late[0]())
                    def outer():
                        x = 'outer'
                        def middle():
                            def inner():
                                return x
                            return inner
                        return middle()()
                    print(outer())
                    """;
            assertEquals("16 17\n10 12 2\nouter\n", out(src));
        }

        @Test
        void readingAFreeVariableBeforeItIsAssignedRaisesNameError() {
            InMemoryHost.Result r = InMemoryHost.run(
                    "def f():\n    def g():\n        return v\n    r = g()\n    v = 1\n    return r\nf()\n");
            assertTrue(r.stderr().endsWith("NameError: cannot access free variable 'v' where it is not associated"
                    + " with a value in enclosing scope\n"), r.stderr());
        }

        @Test
        void nonlocalWithoutBindingIsASyntaxError() {
            InMemoryHost.Result r = InMemoryHost.run("print('never')\ndef f():\n    nonlocal q\n");
            assertEquals("", r.stdout());
            assertTrue(r.stderr().endsWith("SyntaxError: no binding for nonlocal 'q' found\n"), r.stderr());
        }

        @Test
        void deepRecursionRaisesRecursionError() {
            InMemoryHost.Result r = InMemoryHost.run("def f(n):\n    return f(n + 1)\nf(0)\n");
            assertEquals(1, r.status());
            assertTrue(r.stderr().endsWith("RecursionError: maximum recursion depth exceeded\n"), r.stderr());
        }
    }

    @Nested
    @DisplayName("control flow")
    class ControlFlow {
        @Test
        void loopsWithBreakContinueAndElse() {
            String src = """
                    total = 0
                    for i in range(10):
                        if i % 2 == 0:
                            continue
                        if i > 7:
                            break
                        total += i
                    else:
                        print("not reached")
                    n = 0
                    while n < 3:
                        n += 1
                    else:
                        print("done", n)
                    print(total)
                    """;
            assertEquals("done 3\n16\n", out(src));
        }

        @Test
        void chainedComparisonEvaluatesEachOperandOnce() {
            String src = """
                    def v(x):
                        print("v", x)
                        return x
                    print(v(1) < v(2) < v(3))
                    print(v(3) < v(2) < v(1))
                    """;
            assertEquals("v 1\nv 2\nv 3\nTrue\nv 3\nv 2\nFalse\n", out(src));
        }

        @Test
        void booleanOperatorsReturnOperands() {
            assertEquals("0 2 x [] 3\n", out("print(0 and 1, 1 and 2, '' or 'x', [] or [], None or 3)\n"));
        }

        @Test
        void tupleUnpackingAndSwap() {
            assertEquals("2 1\n", out("a, b = 1, 2\na, b = b, a\nprint(a, b)\n"));
        }
    }

    @Nested
    @DisplayName("tracebacks")
    class Tracebacks {
        @Test
        void uncaughtExceptionPrintsCPythonShapedTraceback() {
            InMemoryHost.Result r = InMemoryHost.run("def f():\n    1 / 0\n\nf()\n");
            assertEquals(1, r.status());
            assertEquals("""
                    Traceback (most recent call last):
                      File "/work/main.py", line 4, in <module>
                        f()
                      File "/work/main.py", line 2, in f
                        1 / 0
                        ~~^~~
                    ZeroDivisionError: division by zero
                    """, r.stderr());
        }

        @Test
        void nameErrorSuggestsTheClosestLocalGlobalOrBuiltinName() {
            assertTrue(InMemoryHost.run("def f(counter):\n    return countr\nf(1)\n").stderr()
                    .endsWith("NameError: name 'countr' is not defined. Did you mean: 'counter'?\n"));
            assertTrue(InMemoryHost.run("total = 1\ntotl\n").stderr()
                    .endsWith("NameError: name 'totl' is not defined. Did you mean: 'total'?\n"));
            assertTrue(InMemoryHost.run("prnt(1)\n").stderr()
                    .endsWith("NameError: name 'prnt' is not defined. Did you mean: 'print'?\n"));
            assertTrue(InMemoryHost.run("zzzzzz\n").stderr().endsWith("NameError: name 'zzzzzz' is not defined\n"));
        }

        @Test
        void literalsLongerThanAConstantPoolEntryCompile() {
            String big = "ab\u00e9\ud83d\ude00".repeat(20_000);
            InMemoryHost.Result r = InMemoryHost.run("s = '" + big + "'\nb = b'" + "x".repeat(70_000)
                    + "'\nprint(len(s), len(b), s[-1] == '\\U0001F600')\n");
            assertEquals("", r.stderr());
            assertEquals("80000 70000 True\n", r.stdout());
        }

        @Test
        void sourceNestedTooDeeplyForTheParserGivesCPythonsMemoryError() {
            InMemoryHost.Result r = InMemoryHost.run("x = " + "-".repeat(100_000) + "1\n");
            assertEquals(1, r.status());
            assertEquals("MemoryError\n", r.stderr());
        }

        @Test
        void outputBeforeTheErrorIsKept() {
            InMemoryHost.Result r = InMemoryHost.run("print('before')\nundefined_name\n");
            assertEquals("before\n", r.stdout());
            assertTrue(r.stderr().endsWith("NameError: name 'undefined_name' is not defined\n"), r.stderr());
        }
    }
}
