package dev.terrarium.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.terrarium.interpreter.compiler.ModuleCompiler;
import dev.terrarium.interpreter.parser.PythonFrontEnd;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Functions too large for one JVM method are split into parts sharing a frame array. Each
 * program here defines the same function twice, as a template expanded with a few lines of
 * padding (small: compiled to one method with JVM-slot locals) and with thousands (split):
 * both must behave the same, and the padding's own effect is checked against Java's count.
 */
@DisplayName("Functions split over several JVM methods")
class FunctionSplittingTest {

    /** Padding at PAD markers: enough to pass 64 KiB in the big copy. */
    private static final int BIG = 3000;

    /**
     * {@code template} with every line {@code <indent>PAD} replaced by {@code n} statements
     * counting in {@code pad}, and UNIT by n (so {@code pad // UNIT} counts the PAD lines run).
     */
    private static String expand(String template, String name, int n) {
        StringBuilder out = new StringBuilder();
        for (String line : template.replace("NAME", name).replace("UNIT", String.valueOf(n)).split("\n")) {
            if (line.strip().equals("PAD")) {
                String indent = line.substring(0, line.indexOf("PAD"));
                for (int i = 0; i < n; i++) {
                    out.append(indent).append("pad = pad + 1\n");
                }
            } else {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    /** Runs the small and big copies of {@code template}'s function with {@code driver}; returns both outputs. */
    private static String[] both(String template, String driver) {
        String[] outs = new String[2];
        int k = 0;
        for (int n : new int[] {1, BIG}) {
            outs[k++] = InMemoryHost.stdoutOf(expand(template, "f", n) + driver);
        }
        return outs;
    }

    private static Set<String> methods(String source, List<String> frameUsers) {
        byte[] classFile = new ModuleCompiler("SplitCheck", "split.py").compile(PythonFrontEnd.parse(source, "split.py"));
        Set<String> names = new TreeSet<>();
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String desc, String sig, String[] exceptions) {
                names.add(name);
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitTypeInsn(int opcode, String type) {
                        if (opcode == Opcodes.ANEWARRAY && type.equals("java/lang/Object")) {
                            frameUsers.add(name);
                        }
                    }
                };
            }
        }, 0);
        return names;
    }

    @Test
    void onlyAFunctionTooLargeForOneMethodIsSplitSmallOnesKeepJvmSlots() {
        String source = expand("def small(pad):\n    PAD\n    PAD\n    return pad\n", "", 10)
                + expand("def big(pad):\n    PAD\n    PAD\n    return pad\n", "", BIG);
        List<String> frameUsers = new ArrayList<>();
        Set<String> names = methods(source, frameUsers);
        assertTrue(names.contains("small$0"), names.toString());
        assertTrue(names.contains("big$1"), names.toString());
        assertTrue(names.stream().anyMatch(n -> n.startsWith("big$1-")), "big has parts: " + names);
        assertFalse(names.stream().anyMatch(n -> n.startsWith("small$0-")), "small has no parts: " + names);
        assertEquals(List.of("big$1"), frameUsers, "only the split function allocates a frame array");
        InMemoryHost.Result r = InMemoryHost.run(source + "print(small(0), big(3))\n");
        assertEquals("20 " + (2 * BIG + 3) + "\n", r.stdout(), r.stderr());
    }

    @Test
    void breakContinueElseAndReturnCrossPartBoundaries() {
        String template = """
                def NAME(stop, ret):
                    pad = 0
                    seen = []
                    for i in range(6):
                        PAD
                        if i == 1:
                            continue
                        while True:
                            PAD
                            if i == ret:
                                return ('returned', i, seen, pad // UNIT)
                            break
                        seen.append(i)
                        if i == stop:
                            break
                        PAD
                    else:
                        seen.append('else')
                    return seen, pad // UNIT
                """;
        String[] outs = both(template, "for stop, ret in [(9, 9), (3, 9), (9, 4), (2, 0)]:\n    print(f(stop, ret))\n");
        assertEquals(outs[0], outs[1]);
        assertTrue(outs[1].startsWith("([0, 2, 3, 4, 5, 'else'], " + (5 * 3 + 1) + ")\n"), outs[1]);
    }

    @Test
    void tryExceptFinallyAndWithAroundSplitBodies() {
        String template = """
                class CM:
                    def __enter__(self):
                        print('enter')
                    def __exit__(self, t, v, tb):
                        print('exit', t.__name__ if t else None)
                        return t is KeyError
                def NAME(mode):
                    pad = 0
                    try:
                        PAD
                        with CM():
                            PAD
                            if mode == 'key':
                                raise KeyError(mode)
                            if mode == 'ret':
                                return 'from with'
                            PAD
                        if mode == 'value':
                            raise ValueError(mode)
                    except ValueError as e:
                        PAD
                        print('caught', repr(e))
                        return 'from except'
                    finally:
                        print('finally')
                        PAD
                    return 'end'
                """;
        String[] outs = both(template, "for m in ['none', 'key', 'ret', 'value']:\n    print(m, f(m))\n");
        assertEquals(outs[0], outs[1]);
        assertTrue(outs[1].contains("caught ValueError('value')\nfinally\nvalue from except\n"), outs[1]);
    }

    @Test
    void closuresAndNestedFunctionsOfASplitFunction() {
        String template = """
                def NAME(n):
                    pad = 0
                    def bump(k):
                        nonlocal pad
                        pad += k
                        return pad
                    PAD
                    fs = [lambda j=j: j * n for j in range(3)]
                    class K:
                        def get(self):
                            return n, bump(0)
                    PAD
                    bump(1000)
                    return [g() for g in fs], K().get(), sorted(x * n for x in {1, 2}), (pad - 1000) // UNIT
                """;
        String[] outs = both(template, "print(f(7))\n");
        assertEquals("([0, 7, 14], (7, " + (2 * BIG + 1000) + "), [7, 14], 2)\n", outs[1]);
        assertEquals(outs[0].replace("1002", String.valueOf(2 * BIG + 1000)), outs[1]);
    }

    @Test
    void generatorsResumeInsideSplitBodies() {
        String template = """
                def NAME(n):
                    pad = 0
                    got = []
                    for i in range(n):
                        PAD
                        try:
                            x = yield i
                            got.append(x)
                        finally:
                            PAD
                        if x == 'stop':
                            break
                    r = yield from range(2)
                    PAD
                    return got, pad // UNIT
                """;
        String driver = """
                g = f(4)
                out = [next(g), g.send('a'), g.send('stop'), next(g)]
                try:
                    next(g)
                except StopIteration as e:
                    out.append(e.value)
                print(out)
                g = f(3)
                next(g)
                try:
                    g.throw(KeyError('k'))
                except KeyError as e:
                    print('raised', e)
                """;
        String[] outs = both(template, driver);
        assertEquals("[0, 1, 0, 1, (['a', 'stop'], 5)]\nraised 'k'\n", outs[1]);
        assertEquals(outs[0], outs[1]);
    }

    @Test
    void aSplitGeneratorSuspendedInAnExceptClauseSetsItsExceptionAside() {
        String template = """
                def NAME():
                    pad = 0
                    try:
                        raise KeyError('a')
                    except KeyError:
                        PAD
                        yield 'suspended'
                        PAD
                        try:
                            raise
                        except KeyError as again:
                            yield repr(again), pad // UNIT
                """;
        String driver = """
                g = f()
                print(next(g))
                try:
                    raise
                except RuntimeError as none:
                    print(none)
                print(next(g))
                """;
        String[] outs = both(template, driver);
        assertEquals("suspended\nNo active exception to reraise\n(\"KeyError('a')\", 2)\n", outs[1]);
        assertEquals(outs[0], outs[1]);
    }

    @Test
    void classBodiesOfAnySize() {
        String template = """
                def make(k):
                    class NAME:
                        "doc"
                        pad = 0
                        for i in range(4):
                            PAD
                            if i == 2:
                                break
                        def get(self):
                            return __class__.__name__, self.pad // UNIT, k
                        PAD
                        __hidden = 1
                    return NAME
                """;
        String[] outs = both(template, "C = make(3)\nprint(C.__doc__, C().get(), C._f__hidden, C.__qualname__)\n");
        assertEquals("doc ('f', 4, 3) 1 make.<locals>.f\n", outs[1]);
        assertEquals(outs[0], outs[1]);
    }

    @Test
    void aTopLevelStatementTooLargeForOneMethodIsSplitToo() {
        String template = """
                pad = 0
                seen = []
                for i in range(4):
                    PAD
                    if i == 1:
                        continue
                    try:
                        PAD
                        if i == 3:
                            break
                    finally:
                        seen.append(i)
                print(seen, pad // UNIT)
                """;
        String[] outs = both(template, "");
        assertEquals("[0, 2, 3] 7\n", outs[1]);
        assertEquals(outs[0], outs[1]);
    }

    @Test
    void aTracebackShowsOneFrameForTheSplitFunctionAtTheFailingLine() {
        String source = expand("def f():\n    pad = 0\n    for i in range(2):\n        PAD\n        if i:\n            PAD\n            1 / 0\n", "", BIG)
                + "f()\n";
        InMemoryHost.Result r = InMemoryHost.run(source);
        int line = 5 + 2 * BIG;
        assertEquals(1, r.status());
        assertEquals("Traceback (most recent call last):\n"
                + "  File \"/work/main.py\", line " + (line + 1) + ", in <module>\n"
                + "    f()\n"
                + "  File \"/work/main.py\", line " + line + ", in f\n"
                + "    1 / 0\n"
                + "    ~~^~~\n"
                + "ZeroDivisionError: division by zero\n", r.stderr());
    }
}
