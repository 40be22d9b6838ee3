package dev.terrarium.runtime;

/** {@code classmethod(f)}: looked up on a class or instance, {@code f} bound to the class. */
public final class PyClassMethod extends FunctionWrapper {
    public static final PyType TYPE = PyType.builtin("classmethod", PyType.OBJECT, (t, a, k) -> {
        ArgParser.noKeywords("classmethod", k);
        ArgParser.arity("classmethod", a, 1, 1);
        return new PyClassMethod(a[0]);
    });

    public PyClassMethod(PyObject function) {
        super(function);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject bindTo(PyObject instance) {
        return new PyMethod(instance.type(), function);
    }

    @Override
    public PyObject bindToClass(PyType cls) {
        return new PyMethod(cls, function);
    }
}
