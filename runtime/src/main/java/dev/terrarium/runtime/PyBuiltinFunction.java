package dev.terrarium.runtime;

/**
 * A built-in function ({@code builtin_function_or_method}), e.g. {@code len}. The body
 * receives the arguments in vectorcall shape: positional values, then keyword values
 * named by {@code kwnames} (null when there are none).
 */
public class PyBuiltinFunction extends PyObject {
    public static final PyType TYPE = PyType.builtin("builtin_function_or_method", PyType.OBJECT, null);

    @FunctionalInterface
    public interface Body {
        PyObject call(PyObject[] args, String[] kwnames);
    }

    /** A body of exactly one positional argument, the most common shape. */
    @FunctionalInterface
    public interface Body1 {
        PyObject call(PyObject arg);
    }

    private final String name;
    private final Body body;

    public PyBuiltinFunction(String name, Body body) {
        this.name = name;
        this.body = body;
    }

    /** A function of exactly one positional argument. */
    public static PyBuiltinFunction of1(String name, Body1 body) {
        return new PyBuiltinFunction(name, (args, kw) -> {
            ArgParser.noKeywords(name, kw);
            ArgParser.arity(name, args, 1, 1);
            return body.call(args[0]);
        });
    }

    public String name() {
        return name;
    }

    /** The module that holds this function ({@code __self__}); null until a module adopts it. */
    private PyModule module;

    /** The module whose function this is: the first module it was found in, else builtins. */
    public PyModule module() {
        PyModule m = module;
        return m != null ? m : Builtins.module();
    }

    /** Makes every built-in function in {@code m}'s namespace that has no module yet one of {@code m}'s. */
    static void adoptFunctionsOf(PyModule m) {
        for (PyObject v : m.dict().entries().values()) {
            if (v instanceof PyBuiltinFunction f && f.module == null) {
                f.module = m;
            }
        }
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return "<built-in function " + name + ">";
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        return body.call(args, kwnames);
    }
}
