package dev.terrarium.interpreter;

import dev.terrarium.interpreter.ast.Expr;
import dev.terrarium.interpreter.ast.Module;
import dev.terrarium.interpreter.ast.Stmt;
import dev.terrarium.interpreter.compiler.CompileError;
import dev.terrarium.interpreter.compiler.ModuleCompiler;
import dev.terrarium.interpreter.parser.PySyntaxError;
import dev.terrarium.interpreter.parser.PythonFrontEnd;
import dev.terrarium.runtime.Builtins;
import dev.terrarium.runtime.DynamicCode;
import dev.terrarium.runtime.GuestIO;
import dev.terrarium.runtime.Ops;
import dev.terrarium.runtime.PyCode;
import dev.terrarium.runtime.PyDict;
import dev.terrarium.runtime.PyException;
import dev.terrarium.runtime.PyExc;
import dev.terrarium.runtime.PyInt;
import dev.terrarium.runtime.PyNone;
import dev.terrarium.runtime.PyObject;
import dev.terrarium.runtime.PyStr;
import dev.terrarium.runtime.PyTuple;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.HashMap;
import java.util.Map;

/**
 * Compiles and runs the source given to {@code compile()}, {@code exec()} and
 * {@code eval()}: parsed by the same front end and compiled by the same compiler as any
 * module, into a class of its own (defined by its own class loader, so it can be dropped),
 * then run with the given globals and locals. Code run with locals other than its globals
 * is compiled so that its top-level names live in the locals (see
 * {@link ModuleCompiler#compileDynamic}). A code object keeps its class files, so running
 * it again only defines the class again.
 */
final class DynamicCodeHost implements DynamicCode.Host {
    private final CodeRegistry registry;
    /** Class name of each distinct source compiled so far, so tracebacks find it and names stay few. */
    private final Map<String, String> classNames = new HashMap<>();

    DynamicCodeHost(CodeRegistry registry) {
        this.registry = registry;
    }

    /** What a code object holds: the parsed source, and its class files once compiled (with and without a namespace). */
    private static final class Compiled {
        final String source;
        final String filename;
        final String mode;
        final Module module;
        final Expr expression;
        final byte[][] classFiles = new byte[2][];
        final String[] classNames = new String[2];

        Compiled(String source, String filename, String mode, Module module, Expr expression) {
            this.source = source;
            this.filename = filename;
            this.mode = mode;
            this.module = module;
            this.expression = expression;
        }
    }

    @Override
    public PyCode compile(String source, String filename, String mode) {
        try {
            if (mode.equals("eval")) {
                Expr x = PythonFrontEnd.parseEval(source, filename);
                return new PyCode(filename, mode, new Compiled(source, filename, mode, null, x));
            }
            // ('single' mode: the compiler passes expression statements to sys.displayhook.)
            Module m = PythonFrontEnd.parse(source, filename);
            return new PyCode(filename, mode, new Compiled(source, filename, mode, m, null));
        } catch (PySyntaxError e) {
            throw syntaxError(e);
        }
    }

    /** CPython's SyntaxError for source compiled at run time: message and (filename, lineno, offset, text, end_lineno, end_offset). */
    private static PyException syntaxError(PySyntaxError e) {
        PyObject text = e.text() == null ? PyNone.INSTANCE : PyStr.of(e.text());
        PyTuple details = PyTuple.of(PyStr.of(e.filename()), PyInt.of(e.lineno()), PyInt.of(e.offset()), text,
                PyInt.of(e.endLineno()), PyInt.of(e.endOffset()));
        var type = switch (e.kind()) {
            case "IndentationError" -> PyExc.IndentationError;
            case "TabError" -> PyExc.TabError;
            default -> PyExc.SyntaxError;
        };
        return new PyException(withAttributes(PyExc.create(type, PyStr.of(e.message()), details), details));
    }

    /** SyntaxError's attributes msg, filename, lineno, offset, text, end_lineno, end_offset, from its arguments. */
    private static dev.terrarium.runtime.PyBaseException withAttributes(dev.terrarium.runtime.PyBaseException err,
            PyTuple details) {
        err.setAttr("msg", err.args().get(0));
        String[] names = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
        for (int i = 0; i < names.length; i++) {
            err.setAttr(names[i], details.get(i));
        }
        return err;
    }

    @Override
    public PyObject run(PyCode code, PyDict globals, PyDict locals) {
        if (!(code.compiled() instanceof Compiled c)) {
            throw new IllegalStateException("a code object of another interpreter");
        }
        boolean namespace = locals != globals;
        int variant = namespace ? 1 : 0;
        if (c.classFiles[variant] == null) {
            String key = c.mode + (namespace ? "/ns/" : "//") + c.filename + "\0" + c.source;
            String className = classNames.computeIfAbsent(key, k -> "Dynamic" + (classNames.size() + 1));
            ModuleCompiler compiler = new ModuleCompiler(className, c.filename);
            if (c.mode.equals("single")) {
                compiler.interactive();
            }
            try {
                c.classFiles[variant] = compiler.compileDynamic(c.module, c.expression, namespace);
            } catch (CompileError e) {
                PyTuple details = PyTuple.of(PyStr.of(c.filename), PyInt.of(e.lineno()), PyInt.of(e.colOffset() + 1),
                        PyNone.INSTANCE, PyInt.of(e.endLineno()), PyInt.of(e.endColOffset() + 1));
                throw new PyException(withAttributes(PyExc.create(PyExc.SyntaxError, PyStr.of(e.getMessage()), details),
                        details));
            }
            c.classNames[variant] = compiler.binaryName();
            // Source given as a string has no file to show lines from, as in CPython.
            registry.register(compiler.binaryName(), new CodeRegistry.Unit(c.filename, new String[0],
                    compiler.localNames(), compiler.positions()));
        }
        Class<?> cls = new GeneratedCodeLoader(DynamicCodeHost.class.getClassLoader())
                .define(c.classNames[variant], c.classFiles[variant]);
        boolean eval = c.expression != null;
        try {
            MethodHandle entry = MethodHandles.publicLookup().findStatic(cls,
                    eval ? ModuleCompiler.EVAL_METHOD : ModuleCompiler.MODULE_METHOD,
                    MethodType.methodType(eval ? PyObject.class : void.class, PyDict.class, PyDict.class));
            if (!eval) {
                entry.invoke(globals, locals);
                return PyNone.INSTANCE;
            }
            return (PyObject) entry.invoke(globals, locals);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
