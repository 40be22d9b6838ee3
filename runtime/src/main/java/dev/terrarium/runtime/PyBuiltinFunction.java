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
