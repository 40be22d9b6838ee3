package dev.terrarium.runtime.indy;

import dev.terrarium.runtime.PyDict;
import dev.terrarium.runtime.PyInstance;
import dev.terrarium.runtime.PyMethodDescriptor;
import dev.terrarium.runtime.PyObject;
import dev.terrarium.runtime.PyStr;
import dev.terrarium.runtime.PyType;
import java.lang.invoke.CallSite;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * {@code o.name} with an inline cache for instances of guest classes: for a class seen
 * before and unchanged since, what the MRO holds under the name (nothing, a data
 * descriptor, or another attribute) is known, so the load is one instance-dict lookup
 * or one descriptor call, in CPython's order ({@code PyObject_GenericGetAttr}). A miss in
 * the instance dict with nothing on the class, and every other receiver, take the generic
 * {@link PyObject#getAttr} (AttributeError, {@code __getattr__}, built-in types).
 */
public final class GetAttrSite {
    private final String name;
    private final PyStr key;
    private final TypeCache cache = new TypeCache();
    /**
     * Where the name was last found in an instance dict. Instances of one class usually get
     * their attributes in the same order (in {@code __init__}), so the name sits at the same
     * entry number in each of their dicts, and the load is an identity test and an array read.
     */
    private int hint;

    private GetAttrSite(String name) {
        this.name = name;
        this.key = AttributeNames.intern(name);
    }

    /** Bootstrap of {@code invokedynamic getAttr (PyObject) PyObject}, the name as static argument. */
    public static CallSite bootstrap(MethodHandles.Lookup lookup, String opName, MethodType type, String name)
            throws ReflectiveOperationException {
        return BoundSites.of(new GetAttrSite(name), "get", MethodType.methodType(PyObject.class, PyObject.class), type);
    }

    /** Entry kinds: the class's attribute (maybe none) after the instance dict, or a data descriptor before it. */
    private static final int DICT_FIRST = 1;
    private static final int DATA_DESCRIPTOR = 2;

    public PyObject get(PyObject o) {
        if (o.getClass() != PyInstance.class) {
            return o.getAttr(name);
        }
        PyInstance instance = (PyInstance) o;
        TypeCache.Entry e = cache.find(o, instance.type());
        if (e == null) {
            return miss(instance);
        }
        if (e.kind == DATA_DESCRIPTOR) {
            return e.value.bindTo(o);
        }
        PyDict d = instance.dict();
        int i = hint;
        if (d.keyAt(i) == key) {
            return d.valueAt(i);
        }
        i = d.entryOf(key);
        if (i >= 0) {
            hint = i;
            return d.valueAt(i);
        }
        return e.value != null ? e.value.bindTo(o) : o.getAttr(name);
    }

    private PyObject miss(PyInstance o) {
        if (cache.caching()) {
            cache.install(entryFor(o.type()));
        }
        return o.getAttr(name);
    }

    private TypeCache.Entry entryFor(PyType t) {
        if (name.equals("__dict__") || name.equals("__class__")
                || !(t.lookup("__getattribute__") instanceof PyMethodDescriptor)) {
            return null;
        }
        PyObject descr = t.lookup(name);
        if (descr == null) {
            return new TypeCache.Entry(t, PyInstance.class, null, DICT_FIRST);
        }
        if (descr.type().isUserDefined()) {
            return null; // whether it is a data descriptor depends on another class, which may change
        }
        return new TypeCache.Entry(t, PyInstance.class, descr, descr.isDataDescriptor() ? DATA_DESCRIPTOR : DICT_FIRST);
    }
}
