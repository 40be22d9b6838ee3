package dev.terrarium.runtime;

/** The {@code Ellipsis} singleton, written {@code ...}. */
public final class PyEllipsis extends PyObject {
    public static final PyType TYPE = PyType.builtin("ellipsis", PyType.OBJECT, (t, a, k) -> {
        PyNone.singletonArgs("EllipsisType", a);
        return PyEllipsis.INSTANCE;
    });
    public static final PyEllipsis INSTANCE = new PyEllipsis();

    private PyEllipsis() {}

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return "Ellipsis";
    }
}
