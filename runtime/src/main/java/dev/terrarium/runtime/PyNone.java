package dev.terrarium.runtime;

/** The {@code None} singleton. */
public final class PyNone extends PyObject {
    public static final PyType TYPE = PyType.builtin("NoneType", PyType.OBJECT, (t, a, k) -> {
        ArgParser.noArgs("NoneType", a, k);
        return PyNone.INSTANCE;
    });
    public static final PyNone INSTANCE = new PyNone();

    private PyNone() {}

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
