package dev.terrarium.runtime;

/**
 * What {@code classmethod} and {@code staticmethod} share: the wrapped callable
 * ({@code __func__}, {@code __wrapped__}) and an attribute dict that starts as a copy of the
 * callable's metadata ({@code __name__}, {@code __doc__}, ...), which CPython's
 * {@code cm_init}/{@code sm_init} copy (functools_wraps).
 */
abstract class FunctionWrapper extends PyObject {
    final PyObject function;

    FunctionWrapper(PyObject function) {
        this.function = function;
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
