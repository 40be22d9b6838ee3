package dev.terrarium.interpreter;

import dev.terrarium.interpreter.ast.Module;
import dev.terrarium.interpreter.compiler.CompileError;
import dev.terrarium.interpreter.compiler.ModuleCompiler;
import dev.terrarium.interpreter.parser.AstDump;
import dev.terrarium.interpreter.parser.PySyntaxError;
import dev.terrarium.interpreter.parser.SourceDecoder;
import dev.terrarium.interpreter.stdlib.PythonLibrary;
import dev.terrarium.interpreter.parser.PythonFrontEnd;
import dev.terrarium.interpreter.parser.SourceTooComplexError;
import dev.terrarium.runtime.GuestIO;
import dev.terrarium.runtime.Imports;
import dev.terrarium.runtime.PyBaseException;
import dev.terrarium.runtime.PyDict;
import dev.terrarium.runtime.PyErrors;
import dev.terrarium.runtime.PyExc;
import dev.terrarium.runtime.PyException;
import dev.terrarium.runtime.PyInt;
import dev.terrarium.runtime.PyModule;
import dev.terrarium.runtime.PyNone;
import dev.terrarium.runtime.PyObject;
import dev.terrarium.runtime.PyStr;
import dev.terrarium.runtime.PyType;
import dev.terrarium.runtime.SysModule;
import dev.terrarium.runtime.external.ExternalCall;
import dev.terrarium.runtime.external.Op;
import dev.terrarium.runtime.external.Reply;
import dev.terrarium.runtime.external.Request;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a guest program inside the sandbox child. Everything it needs from the outside
 * (argv, the script's text and its modules' texts, stdout) comes through the
 * {@link ExternalCall} door.
 */
public final class Interpreter {
    private Interpreter() {}

    /** Linux {@code O_RDONLY}. */
    private static final long O_RDONLY = 0;
    private static final long READ_CHUNK = 64 * 1024;

    /**
     * Runs the main script named by the controller's argv, as {@code python3 script.py}
     * would: asks for argv, reads the script, compiles and runs it, flushes output, and
     * writes a traceback to fd 2 if it fails. Returns the exit status (0, 1, or the
     * status given to {@code sys.exit}). Does not send {@code EXIT}: the caller does.
     */
    public static int runMain(ExternalCall door) {
        return runMain(door, false);
    }

    /**
     * With {@code dumpAst}, instead of running the script prints its AST in the format of
     * CPython's {@code ast.dump(ast.parse(src), include_attributes=True)} (the
     * {@code terrarium --dump-ast} command), or its SyntaxError.
     */
    public static int runMain(ExternalCall door, boolean dumpAst) {
        GuestIO.install(door);
        Reply argv = door.call(Request.of(Op.ARGV));
        if (!argv.isOk() || argv.values().isEmpty() || !(argv.values().get(0) instanceof List<?> args) || args.isEmpty()) {
            GuestIO.writeStderr("terrarium: no script given\n");
            return 2;
        }
        List<String> argList = new ArrayList<>();
        for (Object a : args) {
            argList.add(String.valueOf(a));
        }
        List<Object> extra = argv.values();
        String command = extra.size() > 1 && extra.get(1) instanceof String c ? c : null;
        boolean interactive = extra.size() > 2 && Long.valueOf(1).equals(extra.get(2));
        String path = argList.get(0);
        // What to run, as CPython reads sys.argv[0]: -c CODE, - (stdin), nothing (the REPL), or a file.
        String filename;
        byte[] source;
        String directory;
        if (path.equals("-c") && command != null) {
            filename = "<string>";
            source = command.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            directory = ".";
        } else if (path.equals("-")) {
            filename = "<stdin>";
            try {
                source = readAll(door, 0, "<stdin>");
            } catch (PyException e) {
                GuestIO.writeStderr("python3: can't read <stdin>: " + e.value().str() + "\n");
                return 2;
            }
            directory = ".";
        } else if (path.isEmpty() && interactive) {
            filename = null;
            source = null;
            directory = ".";
        } else {
            filename = path;
            try {
                source = readFile(door, path);
            } catch (PyException e) {
                GuestIO.writeStderr("python3: can't open file " + PyStr.of(path).repr() + ": " + e.value().str() + "\n");
                return 2;
            }
            directory = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : ".";
        }
        if (dumpAst && source != null) {
            return dumpAst(source, filename);
        }
        SysModule.setArgv(argList);
        CodeRegistry registry = new CodeRegistry();
        Imports.setSourceLoader(name -> loadModule(door, directory, name, registry));
        dev.terrarium.runtime.DynamicCode.setHost(new DynamicCodeHost(registry));
        ErrorDisplay.install(registry);
        PyDict globals = mainGlobals(source != null && filename.equals(path) ? path : null);
        int status = 0;
        if (source != null) {
            String text;
            try {
                text = SourceDecoder.decode(source, filename, SourceDecoder.Mode.FILE);
                status = run(text, filename, registry, globals, interactive);
            } catch (PySyntaxError e) {
                GuestIO.writeStderr(SyntaxErrors.format(e));
                status = 1;
            }
        }
        if (!interactive) {
            return status;
        }
        return new Repl(registry, globals).run(source == null);
    }

    /** The namespace of {@code __main__}, registered in sys.modules; {@code __file__} only for a script file. */
    private static PyDict mainGlobals(String file) {
        PyDict globals = new PyDict();
        PyModule main = new PyModule("__main__", globals, file);
        if (file != null) {
            globals.put(PyStr.of("__file__"), PyStr.of(file));
        }
        globals.put(PyStr.of("__package__"), PyNone.INSTANCE);
        Imports.modules().put(PyStr.of("__main__"), main);
        return globals;
    }

    private static int dumpAst(byte[] source, String path) {
        try {
            String text = SourceDecoder.decode(source, path, SourceDecoder.Mode.FILE);
            GuestIO.writeStdout(AstDump.dump(PythonFrontEnd.parse(text, path)) + "\n");
            GuestIO.flushStdout();
            return 0;
        } catch (PySyntaxError e) {
            GuestIO.writeStderr(SyntaxErrors.format(e));
            return 1;
        } catch (SourceTooComplexError e) {
            GuestIO.writeStderr(e.report() + "\n");
            return 1;
        }
    }

    /** Compiles and runs {@code source} as the {@code __main__} module; returns the exit status. */
    public static int run(String source, String filename) {
        return run(source, filename, new CodeRegistry());
    }

    private static int run(String source, String filename, CodeRegistry registry) {
        dev.terrarium.runtime.DynamicCode.setHost(new DynamicCodeHost(registry));
        ErrorDisplay.install(registry);
        return run(source, filename, registry, mainGlobals(filename), false);
    }

    /**
     * Runs {@code source} in {@code globals}; returns the exit status. With {@code beforeRepl}
     * (python -i) a SystemExit is shown as a traceback, as CPython does before its REPL.
     */
    private static int run(String source, String filename, CodeRegistry registry, PyDict globals, boolean beforeRepl) {
        MethodHandle body;
        try {
            body = compile(source, filename, registry, "Main");
        } catch (SourceTooComplexError e) {
            // CPython reports too deep a nesting with a bare exception line, no traceback.
            GuestIO.writeStderr(e.report() + "\n");
            return 1;
        } catch (StackOverflowError e) {
            GuestIO.writeStderr("RecursionError: maximum recursion depth exceeded during compilation\n");
            return 1;
        } catch (PySyntaxError e) {
            GuestIO.writeStderr(SyntaxErrors.format(e));
            return 1;
        } catch (CompileError e) {
            GuestIO.writeStderr(SyntaxErrors.format(e, filename, CodeRegistry.splitLines(source)));
            return 1;
        }
        try {
            try {
                body.invokeExact(globals);
            } catch (StackOverflowError e) {
                throw PyErrors.recursionError();
            }
            GuestIO.flushStdout();
            return 0;
        } catch (PyException e) {
            if (e.matches(PyExc.SystemExit) && !beforeRepl) {
                return systemExit(e.value());
            }
            try {
                ErrorDisplay.uncaught(e, registry);
            } catch (PyException exit) {
                // a hook that raised SystemExit: its status, as CPython's
                return exit.matches(PyExc.SystemExit) ? systemExit(exit.value()) : 1;
            }
            // CPython ends by SIGINT after an uncaught KeyboardInterrupt: the shell sees 130
            return e.matches(PyExc.KeyboardInterrupt) ? KEYBOARD_INTERRUPT_STATUS : 1;
        } catch (RuntimeException | Error e) {
            // OutOfMemoryError included: the heap filled up gradually (a single oversized
            // request is refused earlier, by Budget, as a catchable MemoryError); the child
            // reports that as the run's memory limit. CpuLimitExceeded likewise ends the run.
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** The status of a run ended by an uncaught KeyboardInterrupt (128 + SIGINT, as a shell reports CPython's). */
    static final int KEYBOARD_INTERRUPT_STATUS = 130;

    /** Compare CPython {@code handle_system_exit}: None is 0, an int is the status, anything else is printed and 1. */
    static int systemExit(PyBaseException e) {
        PyObject code = e.args().size() == 0 ? PyNone.INSTANCE : e.args().size() == 1 ? e.args().get(0) : e.args();
        GuestIO.flushStdout();
        if (code == PyNone.INSTANCE) {
            return 0;
        }
        if (code instanceof PyInt i) {
            return i.isSmall() ? (int) i.value : -1;
        }
        try {
            ErrorDisplay.writeStderr(code.str() + "\n");
        } catch (PyException ignored) {
            // a sys.stderr that cannot write: the status stands
        }
        return 1;
    }

    /** Parses and compiles a module; returns its body as a handle taking the globals dict. */
    public static MethodHandle compile(String source, String filename) {
        return compile(source, filename, new CodeRegistry(), "Main");
    }

    private static MethodHandle compile(String source, String filename, CodeRegistry registry, String className) {
        Module module = PythonFrontEnd.parse(source, filename);
        ModuleCompiler compiler = new ModuleCompiler(className, filename);
        byte[] classFile = compiler.compile(module);
        registry.register(compiler.binaryName(),
                new CodeRegistry.Unit(filename, hasNoFile(filename) ? new String[0] : CodeRegistry.splitLines(source),
                        compiler.localNames(),
                        compiler.positions()));
        Class<?> cls = new GeneratedCodeLoader(Interpreter.class.getClassLoader()).define(compiler.binaryName(), classFile);
        try {
            return MethodHandles.publicLookup().findStatic(cls, ModuleCompiler.MODULE_METHOD,
                    MethodType.methodType(void.class, PyDict.class));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalStateException("generated module class is malformed", e);
        }
    }

    /** Source given with -c or on stdin: CPython's tracebacks show no lines for it (linecache finds no file). */
    private static boolean hasNoFile(String filename) {
        return filename.equals("<string>") || filename.equals("<stdin>");
    }

    private static int moduleCount;

    /**
     * Finds module {@code name} beside the main script ({@code name.py}, or the package
     * {@code name/__init__.py}), compiles and runs it; null if there is no such file.
     */
    private static PyModule loadModule(ExternalCall door, String directory, String name, CodeRegistry registry) {
        String base = directory + "/" + name.replace('.', '/');
        String path = base + ".py";
        boolean isPackage = false;
        byte[] bytes = tryRead(door, path);
        if (bytes == null) {
            path = base + "/__init__.py";
            bytes = tryRead(door, path);
            isPackage = true;
        }
        String library = null;
        if (bytes == null) {
            // After the script's folder, as on CPython's sys.path: the modules Terrarium
            // writes in Python.
            library = PythonLibrary.source(name);
            if (library == null) {
                return null;
            }
            path = "<frozen " + name + ">";
            isPackage = false;
        }
        MethodHandle body;
        try {
            String source = library != null ? library : SourceDecoder.decode(bytes, path, SourceDecoder.Mode.FILE);
            body = compile(source, path, registry, "Module" + (++moduleCount));
        } catch (PySyntaxError e) {
            PyBaseException err = PyExc.create(PyExc.SyntaxError, PyStr.of(e.message()));
            throw new PyException(err);
        } catch (CompileError e) {
            throw new PyException(PyExc.create(PyExc.SyntaxError, PyStr.of(e.getMessage())));
        } catch (SourceTooComplexError e) {
            PyType type = e.pythonType().equals("MemoryError") ? PyExc.MemoryError : PyExc.RecursionError;
            throw new PyException(e.pythonMessage().isEmpty() ? PyExc.create(type) : PyExc.create(type, PyStr.of(e.pythonMessage())));
        }
        PyDict globals = new PyDict();
        PyModule module = new PyModule(name, globals, path);
        globals.put(PyStr.of("__file__"), PyStr.of(path));
        String pkg = isPackage ? name : name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : "";
        globals.put(PyStr.of("__package__"), PyStr.of(pkg));
        // Registered before its code runs, so circular imports see the partly filled module.
        Imports.modules().put(PyStr.of(name), module);
        try {
            body.invokeExact(globals);
        } catch (PyException e) {
            Imports.modules().remove(PyStr.of(name));
            throw e;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
        return module;
    }

    private static byte[] tryRead(ExternalCall door, String path) {
        try {
            return readFile(door, path);
        } catch (PyException e) {
            if (e.matches(PyExc.OSError)) {
                return null;
            }
            throw e;
        }
    }

    /** Reads descriptor {@code fd} to its end (the program given on stdin with {@code terrarium -}). */
    private static byte[] readAll(ExternalCall door, long fd, String name) {
        byte[] data = new byte[0];
        int size = 0;
        while (true) {
            Reply r = door.call(Request.of(Op.READ, fd, READ_CHUNK));
            if (!r.isOk()) {
                throw PyErrors.osError(r.errno(), name);
            }
            byte[] chunk = (byte[]) r.values().get(0);
            if (chunk.length == 0) {
                return java.util.Arrays.copyOf(data, size);
            }
            dev.terrarium.runtime.Budget.checkBytes((long) size + chunk.length);
            if (size + chunk.length > data.length) {
                data = java.util.Arrays.copyOf(data, Math.max(size + chunk.length, data.length * 2));
            }
            System.arraycopy(chunk, 0, data, size, chunk.length);
            size += chunk.length;
        }
    }

    private static byte[] readFile(ExternalCall door, String path) {
        Reply open = door.call(Request.of(Op.OPEN, path, O_RDONLY, 0L));
        if (!open.isOk()) {
            throw PyErrors.osError(open.errno(), path);
        }
        long fd = (Long) open.values().get(0);
        byte[] data = new byte[0];
        int size = 0;
        try {
            while (true) {
                Reply r = door.call(Request.of(Op.READ, fd, READ_CHUNK));
                if (!r.isOk()) {
                    throw PyErrors.osError(r.errno(), path);
                }
                byte[] chunk = (byte[]) r.values().get(0);
                if (chunk.length == 0) {
                    break;
                }
                if (size + chunk.length > data.length) {
                    data = java.util.Arrays.copyOf(data, Math.max(size + chunk.length, data.length * 2));
                }
                System.arraycopy(chunk, 0, data, size, chunk.length);
                size += chunk.length;
            }
        } finally {
            door.call(Request.of(Op.CLOSE, fd));
        }
        return java.util.Arrays.copyOf(data, size);
    }
}
