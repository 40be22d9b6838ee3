package dev.terrarium.runtime;

/** {@code staticmethod(f)}: looked up on a class or instance, it is {@code f} itself. */
public final class PyStaticMethod extends FunctionWrapper {
    public static final PyType TYPE = PyType.builtin("staticmethod", PyType.OBJECT, (t, a, k) -> {
        ArgParser.noKeywords("staticmethod", k);
        ArgParser.arity("staticmethod", a, 1, 1);
        return new PyStaticMethod(a[0]);
    });

    public PyStaticMethod(PyObject function) {
        super(function);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject bindTo(PyObject instance) {
        return function;
    }

    @Override
    public PyObject bindToClass(PyType cls) {
        return function;
    }

    /** Static methods are callable since Python 3.10. */
    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        return function.call(args, kwnames);
    }
}
