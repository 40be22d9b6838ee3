package dev.terrarium.runtime;

import java.util.List;

/** The {@code sys} module: what a sandboxed program may know about its interpreter. */
public final class SysModule {
    private SysModule() {}

    private static final PyDict MODULES = new PyDict();
    private static PyModule sys;
    private static PyList argv = new PyList();

    static PyDict modules() {
        return MODULES;
    }

    /** Sets {@code sys.argv} (before the module is first imported). */
    public static void setArgv(List<String> args) {
        PyObject[] items = new PyObject[args.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = PyStr.of(args.get(i));
        }
        argv = new PyList(items);
        if (sys != null) {
            sys.setAttr("argv", argv);
        }
    }

    /**
     * What {@code print()} writes to without {@code file=}: {@code sys.stdout} as the program
     * last set it, or null while {@code sys} has not been created (the process's stdout).
     */
    static PyObject currentStdout() {
        return sys == null ? null : sys.dict().get(PyStr.of("stdout"));
    }

    /**
     * {@code sys.stdin}: fd 0 as a UTF-8 text file with lines ending at '\n' alone, and its
     * {@code buffer} as a {@code BufferedReader}, as CPython gives a script whose stdin is a
     * pipe. The controller feeds fd 0 from its own stdin or from what the embedder gave.
     */
    private static PyFile stdin() {
        PyFiles.installMethods();
        PyFile text = new PyFile(0, PyStr.of("<stdin>"), "r", false, true, false);
        text.universalNewlines = false;
        text.binaryLayer = new PyFile(0, PyStr.of("<stdin>"), "rb", true, true, false);
        return text;
    }

    /** The {@code sys} module (created on first use). */
    public static PyModule get() {
        return module();
    }

    static PyModule module() {
        if (sys != null) {
            return sys;
        }
        PyDict d = new PyDict();
        sys = new PyModule("sys", d, null);
        sys.setAttr("argv", argv);
        sys.setAttr("modules", MODULES);
        sys.setAttr("path", new PyList(new PyObject[] {PyStr.of("/work")}));
        sys.setAttr("maxsize", PyInt.of(Long.MAX_VALUE));
        sys.setAttr("byteorder", PyStr.of("little"));
        sys.setAttr("platform", PyStr.of("linux"));
        sys.setAttr("version", PyStr.of("3.11.7 (Terrarium sandbox)"));
        sys.setAttr("version_info", PyTuple.of(PyInt.of(3), PyInt.of(11), PyInt.of(7), PyStr.of("final"), PyInt.of(0)));
        sys.setAttr("hexversion", PyInt.of(0x030b07f0));
        sys.setAttr("executable", PyStr.of(""));
        sys.setAttr("stdout", new PyTextStream(1, "<stdout>"));
        sys.setAttr("stderr", new PyTextStream(2, "<stderr>"));
        sys.setAttr("stdin", stdin());
        sys.setAttr("__stdin__", sys.getAttr("stdin"));
        sys.setAttr("__stdout__", sys.getAttr("stdout"));
        sys.setAttr("__stderr__", sys.getAttr("stderr"));
        sys.setAttr("displayhook", DisplayHook.DEFAULT);
        sys.setAttr("__displayhook__", DisplayHook.DEFAULT);
        sys.setAttr("exit", new PyBuiltinFunction("exit", (a, k) -> {
            ArgParser.noKeywords("exit", k);
            ArgParser.arity("exit", a, 0, 1);
            throw new PyException(PyExc.create(PyExc.SystemExit, a));
        }));
        sys.setAttr("getrecursionlimit", new PyBuiltinFunction("getrecursionlimit", (a, k) -> {
            ArgParser.noArgs("getrecursionlimit", a, k);
            return PyInt.of(CallDepth.limit());
        }));
        sys.setAttr("setrecursionlimit", PyBuiltinFunction.of1("setrecursionlimit", v -> {
            PyInt n = ArgParser.index(v);
            if (n.asBig().signum() <= 0) {
                throw PyErrors.valueError("recursion limit must be greater or equal than 1");
            }
            CallDepth.setLimit(n.asInt());
            return PyNone.INSTANCE;
        }));
        sys.setAttr("get_int_max_str_digits", new PyBuiltinFunction("get_int_max_str_digits",
                (a, k) -> PyInt.of(IntLimits.maxStrDigits())));
        sys.setAttr("set_int_max_str_digits", PyBuiltinFunction.of1("set_int_max_str_digits", v -> {
            int n = ArgParser.index(v).asInt();
            if (n != 0 && n < 640) {
                throw PyErrors.valueError("maxdigits must be 0 or larger than 640");
            }
            IntLimits.setMaxStrDigits(n);
            return PyNone.INSTANCE;
        }));
        MODULES.put(PyStr.of("sys"), sys);
        return sys;
    }
}
