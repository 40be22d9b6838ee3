package dev.terrarium.runtime.indy;

import dev.terrarium.runtime.PyDict;
import dev.terrarium.runtime.PyFunction;
import dev.terrarium.runtime.PyInstance;
import dev.terrarium.runtime.PyObject;
import dev.terrarium.runtime.PyStr;
import dev.terrarium.runtime.PyType;
import java.lang.invoke.CallSite;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * {@code o.name = value} with an inline cache for instances of guest classes: for a class
 * seen before and unchanged since, which defines no {@code __setattr__} and no data
 * descriptor under the name, the store goes straight into the instance dict. Everything
 * else takes the generic {@link PyObject#setAttr}.
 */
public final class SetAttrSite {
    private final String name;
    private final PyStr key;
    private final TypeCache cache = new TypeCache();
    /** Where the name was last stored in an instance dict (see GetAttrSite's hint). */
    private int hint;

    private SetAttrSite(String name) {
        this.name = name;
        this.key = AttributeNames.intern(name);
    }

    /** Bootstrap of {@code invokedynamic setAttr (PyObject, PyObject) void}, the name as static argument. */
    public static CallSite bootstrap(MethodHandles.Lookup lookup, String opName, MethodType type, String name)
            throws ReflectiveOperationException {
        return BoundSites.of(new SetAttrSite(name), "set", MethodType.methodType(void.class, PyObject.class, PyObject.class), type);
    }

    public void set(PyObject o, PyObject value) {
        if (o.getClass() == PyInstance.class) {
            PyInstance instance = (PyInstance) o;
            if (cache.find(o, instance.type()) != null) {
                PyDict d = instance.dict();
                int i = hint;
                if (d.keyAt(i) == key) {
                    d.setValueAt(i, value);
                } else {
                    hint = d.putEntry(key, value);
                }
                return;
            }
            miss(instance);
        }
        o.setAttr(name, value);
    }

    private void miss(PyInstance o) {
        if (cache.caching()) {
            cache.install(entryFor(o.type()));
        }
    }

    private TypeCache.Entry entryFor(PyType t) {
        if (name.equals("__dict__") || name.equals("__class__") || t.lookup("__setattr__") instanceof PyFunction
                || !t.instancesHaveDict()) {
            // (an instance with only __slots__ has no dict to store into)
            return null;
        }
        PyObject descr = t.lookup(name);
        if (descr != null && (descr.type().isUserDefined() || descr.isDataDescriptor())) {
            return null;
        }
        return new TypeCache.Entry(t, PyInstance.class, null, 0);
    }
}
