package dev.terrarium.runtime;

/** The {@code None} singleton. */
public final class PyNone extends PyObject {
    public static final PyType TYPE = PyType.builtin("NoneType", PyType.OBJECT, (t, a, k) -> {
        singletonArgs("NoneType", a);
        return PyNone.INSTANCE;
    });
    public static final PyNone INSTANCE = new PyNone();

    private PyNone() {}

    /** {@code NoneType()}, {@code type(...)()}, {@code type(NotImplemented)()}: the singleton, and no arguments (CPython's none_new). */
    static void singletonArgs(String typeName, PyObject[] args) {
        if (args.length != 0) {
            throw PyErrors.typeError("%s takes no arguments", typeName);
        }
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return "None";
    }

    @Override
    public boolean isTrue() {
        return false;
    }
}
