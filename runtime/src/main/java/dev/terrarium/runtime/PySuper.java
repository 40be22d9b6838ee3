package dev.terrarium.runtime;

/**
 * {@code super(type, obj)}: attribute lookup that starts after {@code type} in the method
 * resolution order of obj's class (or of obj itself when obj is a class).
 */
public final class PySuper extends PyObject {
    public static final PyType TYPE = PyType.builtin("super", PyType.OBJECT, (t, a, k) -> {
        ArgParser.noKeywords("super", k);
        if (a.length == 0) {
            throw PyErrors.runtimeError("super(): no arguments");
        }
        ArgParser.arity("super", a, 1, 2);
        if (!(a[0] instanceof PyType thisType)) {
            throw PyErrors.typeError("super() argument 1 must be a type, not %s", a[0].type().name());
        }
        return a.length == 1 ? new PySuper(thisType, null) : of(thisType, a[1]);
    });

    private final PyType thisType;
    private final PyObject obj;

    private PySuper(PyType thisType, PyObject obj) {
        this.thisType = thisType;
        this.obj = obj;
    }

    /** {@code super(thisType, obj)}, checked as CPython's {@code supercheck}. */
    public static PySuper of(PyType thisType, PyObject obj) {
        if (obj instanceof PyType t && t.isSubtypeOf(thisType)) {
            return new PySuper(thisType, obj);
        }
        if (obj.type().isSubtypeOf(thisType)) {
            return new PySuper(thisType, obj);
        }
        throw PyErrors.typeError("super(type, obj): obj must be an instance or subtype of type");
    }

    /** {@code __thisclass__}: the class super() was given. */
    PyType thisClass() {
        return thisType;
    }

    /** {@code __self__}: the instance or class bound, or null for an unbound super. */
    PyObject boundObject() {
        return obj;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        String objType = obj == null ? "NULL" : "<" + (obj instanceof PyType t ? t.name() : obj.type().name()) + " object>";
        return "<super: <class '" + thisType.name() + "'>, " + objType + ">";
    }

    @Override
    public boolean hasGenericAttributes() {
        return false;
    }

    @Override
    public PyObject getAttr(String name) {
        if (obj != null && !name.equals("__class__")) {
            // super(C, cls) in a class method walks cls's MRO; in a metaclass's method the
            // class is an instance, so its type's MRO is walked (CPython supercheck).
            boolean classStyle = obj instanceof PyType t0 && t0.isSubtypeOf(thisType);
            PyType start = classStyle ? (PyType) obj : obj.type();
            PyType[] mro = start.mro();
            int i = 0;
            while (i < mro.length && mro[i] != thisType) {
                i++;
            }
            for (i++; i < mro.length; i++) {
                PyObject v = mro[i].ownAttribute(name);
                if (v != null) {
                    return classStyle ? v.bindToClass((PyType) obj) : v.bindTo(obj);
                }
            }
        }
        return super.getAttr(name);
    }
}
