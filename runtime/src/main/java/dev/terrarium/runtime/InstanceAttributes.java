package dev.terrarium.runtime;

/**
 * Attribute access on objects with an instance dict, as CPython's
 * {@code PyObject_GenericGetAttr} / {@code PyObject_GenericSetAttr}: a data descriptor
 * of the type wins, then the instance dict, then other class attributes (bound), then
 * {@code __getattr__}.
 */
final class InstanceAttributes {
    private InstanceAttributes() {}

    static PyObject get(PyObject obj, PyDict dict, String name) {
        PyType t = obj.type();
        PyObject descr = t.lookup(name);
        if (descr != null && descr.isDataDescriptor()) {
            return descr.bindTo(obj);
        }
        if (dict != null) {
            PyObject v = dict.tableGet(InternedNames.of(name));
            if (v != null) {
                return v;
            }
        }
        if (descr != null) {
            return descr.bindTo(obj);
        }
        throw PyErrors.noAttribute(obj, name);
    }

    /** {@link #get} then, on AttributeError, a user-defined {@code __getattr__}. */
    static PyObject getWithFallback(PyObject obj, PyDict dict, String name) {
        PyType t = obj.type();
        if (t.isUserDefined()) {
            PyObject getattribute = t.lookup("__getattribute__");
            if (getattribute instanceof PyFunction) {
                try {
                    return Special.callWithSelf(getattribute, obj, new PyObject[] {PyStr.of(name)}, null);
                } catch (PyException e) {
                    return fallback(obj, name, e);
                }
            }
        }
        try {
            return get(obj, dict, name);
        } catch (PyException e) {
            return fallback(obj, name, e);
        }
    }

    private static PyObject fallback(PyObject obj, String name, PyException e) {
        PyObject getattr = obj.type().isUserDefined() ? obj.type().lookup("__getattr__") : null;
        if (getattr == null || !e.matches(PyExc.AttributeError)) {
            throw e;
        }
        return Special.callWithSelf(getattr, obj, new PyObject[] {PyStr.of(name)}, null);
    }

    static void set(PyObject obj, PyDict dict, String name, PyObject value) {
        PyObject descr = obj.type().lookup(name);
        if (descr != null && descr.isDataDescriptor()) {
            descr.setOn(obj, name, value);
            return;
        }
        if (dict == null) {
            throw descr == null ? PyErrors.noAttribute(obj, name)
                    : PyErrors.attributeError("'%s' object attribute '%s' is read-only", obj.type().name(), name);
        }
        dict.put(InternedNames.of(name), value);
    }

    static void delete(PyObject obj, PyDict dict, String name) {
        PyObject descr = obj.type().lookup(name);
        if (descr != null && descr.isDataDescriptor()) {
            descr.deleteOn(obj, name);
            return;
        }
        if (dict == null || dict.remove(PyStr.of(name)) == null) {
            throw PyErrors.noAttribute(obj, name);
        }
    }
}
