package dev.terrarium.runtime;

/** The {@code NotImplemented} singleton, returned by binary slots that decline an operand. */
public final class PyNotImplemented extends PyObject {
    public static final PyType TYPE = PyType.builtin("NotImplementedType", PyType.OBJECT, (t, a, k) -> {
        PyNone.singletonArgs("NotImplementedType", a);
        return PyNotImplemented.INSTANCE;
    });
    public static final PyNotImplemented INSTANCE = new PyNotImplemented();

    private PyNotImplemented() {}

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return "NotImplemented";
    }
}
