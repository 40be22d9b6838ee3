package dev.terrarium.interpreter;

import dev.terrarium.interpreter.ast.Module;
import dev.terrarium.interpreter.ast.Stmt;
import dev.terrarium.interpreter.parser.PySyntaxError;
import dev.terrarium.interpreter.parser.PythonFrontEnd;
import dev.terrarium.runtime.GuestIO;
import dev.terrarium.runtime.Ops;
import dev.terrarium.runtime.PyCode;
import dev.terrarium.runtime.PyDict;
import dev.terrarium.runtime.PyException;
import dev.terrarium.runtime.PyExc;
import dev.terrarium.runtime.PyModule;
import dev.terrarium.runtime.PyObject;
import dev.terrarium.runtime.PyStr;
import dev.terrarium.runtime.SysModule;
import java.util.ArrayList;
import java.util.List;

/**
 * The interactive interpreter (CPython's REPL, {@code python -i}): reads statements from
 * {@code sys.stdin}, prompting with {@code sys.ps1} ({@code ">>> "}) and, inside a statement
 * that needs more lines, {@code sys.ps2} ({@code "... "}) on stderr, as CPython does when its
 * input is not a terminal. Each complete statement is compiled in {@code 'single'} mode (an
 * expression statement shows its repr and sets {@code _}) and run in {@code __main__}; an
 * exception prints its traceback and the loop goes on. A compound statement ends with an empty
 * line. End of input ends the loop with status 0, {@code exit(n)} with n.
 *
 * <p>Input is incomplete, as for CPython's codeop, when it fails to parse only because it stops
 * early: an open bracket or triple-quoted string, a trailing backslash, or a block header
 * without its body.
 */
final class Repl {
    private final CodeRegistry registry;
    private final PyDict globals;
    private final DynamicCodeHost host;

    Repl(CodeRegistry registry, PyDict globals) {
        this.registry = registry;
        this.globals = globals;
        this.host = new DynamicCodeHost(registry);
    }

    /** Runs the loop until end of input or SystemExit; returns the exit status. */
    int run(boolean banner) {
        PyModule sys = SysModule.get();
        if (!hasAttr(sys, "ps1")) {
            sys.setAttr("ps1", PyStr.of(">>> "));
        }
        if (!hasAttr(sys, "ps2")) {
            sys.setAttr("ps2", PyStr.of("... "));
        }
        if (banner) {
            GuestIO.writeStderr("Python " + Ops.str(sys.getAttr("version")) + " on " + Ops.str(sys.getAttr("platform"))
                    + "\nType \"exit()\" or end the input (Ctrl-D) to leave.\n");
        }
        List<String> lines = new ArrayList<>();
        while (true) {
            String line;
            try {
                GuestIO.writeStderr(Ops.str(sys.getAttr(lines.isEmpty() ? "ps1" : "ps2")));
                line = readLine(sys);
            } catch (PyException e) {
                if (e.matches(PyExc.SystemExit)) {
                    return Interpreter.systemExit(e.value());
                }
                if (e.matches(PyExc.KeyboardInterrupt)) {
                    // Ctrl-C at a prompt drops the lines typed so far, as CPython's REPL
                    GuestIO.writeStderr("\nKeyboardInterrupt\n");
                    lines.clear();
                    continue;
                }
                // stdin itself fails (closed, or not a file any more): nothing more can be read.
                GuestIO.writeStderr(Traceback.format(e, registry));
                return 1;
            }
            if (line == null) {
                GuestIO.writeStderr("\n");
                return 0;
            }
            lines.add(line);
            String source = String.join("\n", lines);
            if (lines.size() == 1 && (isBlank(line) || line.strip().startsWith("#"))) {
                lines.clear();
                continue;
            }
            Module parsed;
            try {
                parsed = PythonFrontEnd.parse(source + "\n", "<stdin>");
            } catch (PySyntaxError e) {
                Completion more = completion(e, source);
                if (more == Completion.OPEN || more == Completion.NEEDS_BODY && !isBlank(line)) {
                    continue;
                }
                GuestIO.writeStderr(SyntaxErrors.format(e));
                lines.clear();
                continue;
            }
            if (needsEmptyLine(parsed) && !isBlank(line)) {
                continue;
            }
            lines.clear();
            Integer status = execute(source + "\n");
            if (status != null) {
                return status;
            }
        }
    }

    /** Runs one statement; returns an exit status if it raised SystemExit, else null. */
    private Integer execute(String source) {
        try {
            PyCode code = host.compile(source, "<stdin>", "single");
            host.run(code, globals, globals);
            GuestIO.flushStdout();
        } catch (PyException e) {
            if (e.matches(PyExc.SystemExit)) {
                return Interpreter.systemExit(e.value());
            }
            try {
                ErrorDisplay.uncaught(e, registry);
            } catch (PyException exit) {
                if (exit.matches(PyExc.SystemExit)) {
                    return Interpreter.systemExit(exit.value());
                }
            }
        } catch (StackOverflowError e) {
            GuestIO.writeStderr("Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\n"
                    + "RecursionError: maximum recursion depth exceeded\n");
        }
        return null;
    }

    /** One line of {@code sys.stdin} without its newline, or null at end of input. */
    private static String readLine(PyModule sys) {
        PyObject in = sys.getAttr("stdin");
        PyObject line = Ops.callMethod(Ops.loadMethod(in, "readline"), in, new PyObject[0], null);
        String text = Ops.str(line);
        if (text.isEmpty()) {
            return null;
        }
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }

    /** A compound statement (if, for, def, ...) goes on until an empty line, as in CPython's REPL. */
    private static boolean needsEmptyLine(Module parsed) {
        for (Stmt s : parsed.body()) {
            if (s instanceof Stmt.FunctionDef || s instanceof Stmt.AsyncFunctionDef || s instanceof Stmt.ClassDef
                    || s instanceof Stmt.For || s instanceof Stmt.AsyncFor || s instanceof Stmt.While
                    || s instanceof Stmt.If || s instanceof Stmt.With || s instanceof Stmt.AsyncWith
                    || s instanceof Stmt.Match || s instanceof Stmt.Try || s instanceof Stmt.TryStar) {
                return true;
            }
        }
        return false;
    }

    /** Whether more lines can complete the input (compare CPython's "incomplete input" in codeop). */
    enum Completion { OPEN, NEEDS_BODY, NO }

    /**
     * {@code OPEN}: a bracket, triple-quoted string or backslash continuation is still open,
     * so even an empty line goes on; {@code NEEDS_BODY}: a block header or decorator waits
     * for its body (an empty line there is the error); {@code NO}: the error stands.
     */
    static Completion completion(PySyntaxError e, String source) {
        String m = e.message();
        String trimmed = source.stripTrailing();
        if (m.startsWith("unterminated triple-quoted string") || m.contains("was never closed")
                || m.startsWith("unexpected EOF") || trimmed.endsWith("\\")) {
            return Completion.OPEN;
        }
        if (m.startsWith("expected an indented block") || m.startsWith("expected 'except' or 'finally' block")
                || trimmed.endsWith(":") && m.equals("invalid syntax")
                || trimmed.lines().allMatch(l -> l.strip().startsWith("@"))) {
            return Completion.NEEDS_BODY;
        }
        return Completion.NO;
    }

    private static boolean isBlank(String line) {
        return line.strip().isEmpty();
    }

    private static boolean hasAttr(PyModule m, String name) {
        try {
            m.getAttr(name);
            return true;
        } catch (PyException e) {
            return false;
        }
    }
}
