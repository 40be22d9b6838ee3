package dev.terrarium.runtime;

/** {@code classmethod(f)}: looked up on a class or instance, {@code f} bound to the class. */
public final class PyClassMethod extends PyObject {
    public static final PyType TYPE = PyType.builtin("classmethod", PyType.OBJECT, (t, a, k) -> {
        ArgParser.noKeywords("classmethod", k);
        ArgParser.arity("classmethod", a, 1, 1);
        return new PyClassMethod(a[0]);
    });

    final PyObject function;

    public PyClassMethod(PyObject function) {
        this.function = function;
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

    @Override
    public boolean hasGenericAttributes() {
        return false;
    }

    /** The attribute dict (see {@link WrapperDict}); made on first use. */
    private PyDict dict;

    PyDict dict() {
        PyDict d = dict;
        if (d == null) {
            d = WrapperDict.copiedFrom(function);
            dict = d;
        }
        return d;
    }

    @Override
    public PyObject getAttr(String name) {
        switch (name) {
            case "__func__":
            case "__wrapped__":
                return function;
            case "__dict__":
                return dict();
            case "__isabstractmethod__":
                return CallableAttributes.isAbstract(function);
            default:
                break;
        }
        // the instance dict comes before the type's non-data attributes (generic getattr)
        PyObject own = name.equals("__class__") ? null : dict().get(PyStr.of(name));
        return own != null ? own : super.getAttr(name);
    }

    @Override
    public void setAttr(String name, PyObject value) {
        if (name.equals("__func__") || name.equals("__wrapped__")) {
            throw PyErrors.attributeError("readonly attribute"); // members of CPython's cm_memberlist
        }
        if (name.equals("__isabstractmethod__") || name.equals("__dict__")) {
            super.setAttr(name, value);
            return;
        }
        dict().put(PyStr.of(name), value);
    }
}
