package dev.terrarium.runtime;

import java.util.function.Function;

/**
 * An attribute that instances of a built-in type compute ({@code getset_descriptor}, e.g.
 * {@code BaseException.args}, {@code function.__name__}): in the type's dict so that
 * {@code dir()} and the type itself show it, read through {@code getter}. The objects that have
 * such attributes answer them in their own {@code getAttr} (and {@code setAttr}), so this
 * descriptor is consulted only by the generic lookup; it does not claim assignment, which
 * stays with the object (compare CPython's {@code PyGetSetDef}).
 */
public final class PyGetSetDescriptor extends PyObject {
    public static final PyType TYPE = PyType.builtin("getset_descriptor", PyType.OBJECT, null);

    private final PyType owner;
    private final String name;
    private final Function<PyObject, PyObject> getter;

    public PyGetSetDescriptor(PyType owner, String name, Function<PyObject, PyObject> getter) {
        this.owner = owner;
        this.name = name;
        this.getter = getter;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The error of assigning or deleting this read-only attribute (CPython getset_set without a setter). */
    PyException notWritable() {
        return PyErrors.attributeError("attribute '%s' of '%s' objects is not writable", name, owner.name());
    }

    @Override
    public String repr() {
        return "<attribute '" + name + "' of '" + owner.name() + "' objects>";
    }

    @Override
    public PyObject bindTo(PyObject instance) {
        if (!instance.type().isSubtypeOf(owner)) {
            throw PyErrors.typeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                    name, owner.name(), instance.type().name());
        }
        return getter.apply(instance);
    }

    @Override
    public PyObject getAttr(String attr) {
        return switch (attr) {
            case "__name__", "__qualname__" -> PyStr.of(attr.equals("__name__") ? name : owner.name() + "." + name);
            case "__objclass__" -> owner;
            default -> super.getAttr(attr);
        };
    }

    @Override
    public boolean hasGenericAttributes() {
        return false;
    }
}
