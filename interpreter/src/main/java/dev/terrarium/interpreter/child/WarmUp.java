package dev.terrarium.interpreter.child;

import dev.terrarium.interpreter.Interpreter;
import dev.terrarium.runtime.PyDict;
import java.lang.invoke.MethodHandle;

/**
 * Work the child does before it greets the controller: parses, compiles and runs a small
 * program that touches no door (no output, no imports, no clock), so that the parser, the
 * compiler and the core of the runtime are loaded and initialised while a child of the
 * controller's warm pool waits for a run, not after the run has started (only pooled
 * children do it: for others it would be extra work). The program's objects are dropped;
 * what remains is class initialisation, which every run performs identically anyway.
 */
final class WarmUp {
    private WarmUp() {}

    private static final String PROGRAM = String.join("\n",
            "class Point:",
            "    def __init__(self, x, y):",
            "        self.x, self.y = x, y",
            "    def __repr__(self):",
            "        return f'Point({self.x!r}, {self.y:>3})'",
            "def walk(n, step=1, *rest, **options):",
            "    total = {}",
            "    for i in range(0, n, step):",
            "        total[str(i)] = [Point(i, j) for j in range(i) if j % 2 == 0]",
            "    return sorted(total.items(), key=lambda kv: len(kv[1]))",
            "text = ' '.join(repr(p) for _, ps in walk(8) for p in ps)",
            "words = text.split()[:3] + list(map(str.upper, 'abc')) + [2 ** 70, 1.5 / 3, (1, 2) * 2]",
            "");

    /** Runs the warm-up program; any failure is ignored (the real run will meet it properly). */
    static void run() {
        try {
            MethodHandle body = Interpreter.compile(PROGRAM, "<warm-up>");
            body.invokeExact(new PyDict());
        } catch (Throwable ignored) {
            // a warm-up only saves time; it must never stop the child
        }
    }
}
