package dev.terrarium.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * The builtins that compile or run code, or look at the caller's namespaces: {@code eval},
 * {@code exec}, {@code compile}, {@code globals}, {@code locals}, {@code vars} (compare
 * CPython's {@code builtin_eval}, {@code builtin_exec}, {@code builtin_compile}). Source is
 * compiled by the interpreter behind {@link Host}, like any other guest code: nothing here
 * reaches outside the sandbox.
 *
 * <p>Python has no frames a builtin could look at here, so the compiler hands them over: a
 * call of one of these names (when the name is not bound in the function) goes through
 * {@link #callInFrame} with the caller's globals and its locals (the globals at module
 * level, the namespace in a class body, a fresh snapshot dict of the bound locals in a
 * function, as CPython 3.13's {@code locals()} does). Called any other way (through another
 * name), they see the {@code __main__} module's globals.
 */
public final class DynamicCode {
    private DynamicCode() {}

    /** What the interpreter provides: compiling source, running what it compiled. */
    public interface Host {
        /** Compiles {@code source} in {@code mode} ({@code exec}, {@code eval}, {@code single}); raises SyntaxError. */
        PyCode compile(String source, String filename, String mode);

        /** Runs {@code code} with these globals and locals (a dict, or the globals); eval's value, else None. */
        PyObject run(PyCode code, PyDict globals, PyDict locals);
    }

    private static Host host;

    public static void setHost(Host h) {
        host = h;
    }

    private static Host host() {
        if (host == null) {
            throw PyErrors.runtimeError("no compiler available to compile code at run time");
        }
        return host;
    }

    public static final PyBuiltinFunction EVAL = new PyBuiltinFunction("eval", (a, k) -> eval(a, k, null, null));
    public static final PyBuiltinFunction EXEC = new PyBuiltinFunction("exec", (a, k) -> exec(a, k, null, null));
    public static final PyBuiltinFunction GLOBALS = new PyBuiltinFunction("globals", (a, k) -> globals(a, k, null));
    public static final PyBuiltinFunction LOCALS = new PyBuiltinFunction("locals", (a, k) -> locals(a, k, null));
    public static final PyBuiltinFunction VARS = new PyBuiltinFunction("vars", (a, k) -> vars(a, k, null));
    public static final PyBuiltinFunction COMPILE = new PyBuiltinFunction("compile", DynamicCode::compile);

    /** The names the compiler routes through {@link #callInFrame}. */
    public static final List<String> FRAME_NAMES = List.of("eval", "exec", "globals", "locals", "vars", "dir");

    /**
     * A call of {@code callee} made where a name of {@link #FRAME_NAMES} was called: the
     * builtin gets the caller's namespaces, anything else is called as usual.
     */
    public static PyObject callInFrame(PyObject callee, PyObject[] args, String[] kwnames, PyDict globals, PyDict locals) {
        if (callee == EVAL) {
            return eval(args, kwnames, globals, locals);
        }
        if (callee == EXEC) {
            return exec(args, kwnames, globals, locals);
        }
        if (callee == GLOBALS) {
            return globals(args, kwnames, globals);
        }
        if (callee == LOCALS) {
            return locals(args, kwnames, locals);
        }
        if (callee == VARS) {
            return vars(args, kwnames, locals);
        }
        if (args.length == 0 && callee instanceof PyBuiltinFunction f && f.name().equals("dir")
                && callee == Builtins.DICT.get(PyStr.of("dir"))) {
            // dir(): the sorted names of the caller's locals.
            java.util.TreeSet<String> names = new java.util.TreeSet<>();
            for (PyObject key : locals.entries().keySet()) {
                if (key instanceof PyStr name) {
                    names.add(name.value());
                }
            }
            PyObject[] items = new PyObject[names.size()];
            int i = 0;
            for (String n : names) {
                items[i++] = PyStr.of(n);
            }
            return new PyList(items);
        }
        return callee.call(args, kwnames);
    }

    /**
     * A function's locals as a new dict: {@code values} holds each name's slot (a value,
     * null when unbound, or the PyCell of a captured variable).
     */
    public static PyDict localsOf(String[] names, Object[] values) {
        PyDict d = new PyDict();
        for (int i = 0; i < names.length; i++) {
            Object v = values[i] instanceof PyCell c ? c.value : values[i];
            if (v != null) {
                d.put(PyStr.of(names[i]), (PyObject) v);
            }
        }
        return d;
    }

    /** Globals for a call that did not come through {@link #callInFrame}: the main module's. */
    private static PyDict fallbackGlobals() {
        PyObject main = Imports.modules().get(PyStr.of("__main__"));
        if (main instanceof PyModule m) {
            return m.dict();
        }
        return new PyDict();
    }

    private static PyObject globals(PyObject[] args, String[] kwnames, PyDict globals) {
        ArgParser.noArgs("globals", args, kwnames);
        return globals != null ? globals : fallbackGlobals();
    }

    private static PyObject locals(PyObject[] args, String[] kwnames, PyDict locals) {
        ArgParser.noArgs("locals", args, kwnames);
        return locals != null ? locals : fallbackGlobals();
    }

    private static PyObject vars(PyObject[] args, String[] kwnames, PyDict locals) {
        ArgParser.noKeywords("vars", kwnames);
        ArgParser.arity("vars", args, 0, 1);
        if (args.length == 0) {
            return locals != null ? locals : fallbackGlobals();
        }
        try {
            return Ops.getAttr(args[0], "__dict__");
        } catch (PyException e) {
            if (e.matches(PyExc.AttributeError)) {
                throw PyErrors.typeError("vars() argument must have __dict__ attribute");
            }
            throw e;
        }
    }

    private static PyObject eval(PyObject[] args, String[] kwnames, PyDict callerGlobals, PyDict callerLocals) {
        ArgParser.noKeywords("eval", kwnames);
        ArgParser.arity("eval", args, 1, 3);
        PyDict[] scope = namespaces("eval", args, callerGlobals, callerLocals);
        PyObject source = args[0];
        PyCode code;
        if (source instanceof PyCode c) {
            code = c;
        } else {
            String text = sourceText(source, "eval() arg 1 must be a string, bytes or code object");
            // CPython strips leading spaces and tabs of an eval'd expression.
            int i = 0;
            while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i++;
            }
            code = host().compile(text.substring(i), "<string>", "eval");
        }
        return host().run(code, scope[0], scope[1]);
    }

    private static PyObject exec(PyObject[] args, String[] kwnames, PyDict callerGlobals, PyDict callerLocals) {
        ArgParser.noKeywords("exec", kwnames);
        ArgParser.arity("exec", args, 1, 3);
        PyDict[] scope = namespaces("exec", args, callerGlobals, callerLocals);
        PyObject source = args[0];
        PyCode code = source instanceof PyCode c ? c
                : host().compile(sourceText(source, "exec() arg 1 must be a string, bytes or code object"),
                        "<string>", "exec");
        host().run(code, scope[0], scope[1]);
        return PyNone.INSTANCE;
    }

    /**
     * The globals and locals {@code eval}/{@code exec} run with: the arguments when given
     * (locals default to the globals), else the caller's. Puts {@code __builtins__} in the
     * globals, as CPython does.
     */
    private static PyDict[] namespaces(String fname, PyObject[] args, PyDict callerGlobals, PyDict callerLocals) {
        PyObject g = args.length > 1 ? args[1] : PyNone.INSTANCE;
        PyObject l = args.length > 2 ? args[2] : PyNone.INSTANCE;
        if (g != PyNone.INSTANCE && !(g instanceof PyDict)) {
            if (fname.equals("exec")) {
                throw PyErrors.typeError("exec() globals must be a dict, not %s", g.type().name());
            }
            throw PyErrors.typeError(isMapping(g)
                    ? "globals must be a real dict; try eval(expr, {}, mapping)" : "globals must be a dict");
        }
        if (l != PyNone.INSTANCE && !(l instanceof PyDict)) {
            if (!isMapping(l)) {
                throw fname.equals("exec") ? PyErrors.typeError("locals must be a mapping or None, not %s", l.type().name())
                        : PyErrors.typeError("locals must be a mapping");
            }
            throw PyErrors.typeError("%s(): locals other than a dict are not supported by Terrarium", fname);
        }
        PyDict globals;
        PyDict locals;
        if (g == PyNone.INSTANCE) {
            globals = callerGlobals != null ? callerGlobals : fallbackGlobals();
            locals = l != PyNone.INSTANCE ? (PyDict) l : callerLocals != null ? callerLocals : globals;
        } else {
            globals = (PyDict) g;
            locals = l != PyNone.INSTANCE ? (PyDict) l : globals;
        }
        PyStr builtinsKey = PyStr.of("__builtins__");
        if (globals.get(builtinsKey) == null) {
            globals.put(builtinsKey, Imports.importAbsolute("builtins"));
        }
        return new PyDict[] {globals, locals};
    }

    /** Whether {@code o} supports subscription (CPython's PyMapping_Check). */
    private static boolean isMapping(PyObject o) {
        return o instanceof PyList || o instanceof PyTuple || o instanceof PyStr || o instanceof PyBytesLike
                || o instanceof PyRange || o.type().lookup("__getitem__") != null;
    }

    /** The text of a str, bytes or bytearray source (UTF-8); else TypeError {@code message}. */
    private static String sourceText(PyObject source, String message) {
        String text;
        if (source instanceof PyStr s) {
            text = s.value();
        } else if (source instanceof PyBytesLike b) {
            text = new String(b.toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        } else {
            throw PyErrors.typeError(message);
        }
        if (text.indexOf('\0') >= 0) {
            throw new PyException(PyExc.create(PyExc.SyntaxError, PyStr.of("source code string cannot contain null bytes")));
        }
        return text;
    }

    /** {@code compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)}. */
    private static PyObject compile(PyObject[] args, String[] kwnames) {
        String[] names = {"source", "filename", "mode", "flags", "dont_inherit", "optimize"};
        int positional = ArgParser.positionalCount(args, kwnames);
        if (positional > names.length) {
            throw PyErrors.typeError("compile() takes at most 6 arguments (%d given)", positional);
        }
        PyObject[] values = new PyObject[names.length];
        System.arraycopy(args, 0, values, 0, positional);
        for (int i = 0; i < names.length; i++) {
            PyObject kw = ArgParser.keyword("compile", args, kwnames, names[i], otherThan(names, i));
            if (kw != null) {
                if (values[i] != null) {
                    throw PyErrors.typeError("argument for compile() given by name ('%s') and position (%d)", names[i], i + 1);
                }
                values[i] = kw;
            }
        }
        for (int i = 0; i < 3; i++) {
            if (values[i] == null) {
                throw PyErrors.typeError("compile() missing required argument '%s' (pos %d)", names[i], i + 1);
            }
        }
        if (values[0] instanceof PyCode c) {
            return c;
        }
        String text = sourceText(values[0], "compile() arg 1 must be a string, bytes or AST object");
        if (!(values[1] instanceof PyStr filename)) {
            throw PyErrors.typeError("expected str, bytes or os.PathLike object, not %s", values[1].type().name());
        }
        if (!(values[2] instanceof PyStr mode)) {
            throw PyErrors.typeError("compile() argument 'mode' must be str, not %s", values[2].type().name());
        }
        if (!List.of("exec", "eval", "single").contains(mode.value())) {
            throw PyErrors.valueError("compile() mode must be 'exec', 'eval' or 'single'");
        }
        return host().compile(text, filename.value(), mode.value());
    }

    private static String[] otherThan(String[] names, int skip) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if (i != skip) {
                out.add(names[i]);
            }
        }
        return out.toArray(new String[0]);
    }
}
