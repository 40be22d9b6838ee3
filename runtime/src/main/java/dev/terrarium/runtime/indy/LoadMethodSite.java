package dev.terrarium.runtime.indy;

import dev.terrarium.runtime.Ops;
import dev.terrarium.runtime.PyFunction;
import dev.terrarium.runtime.PyInstance;
import dev.terrarium.runtime.PyMethodDescriptor;
import dev.terrarium.runtime.PyObject;
import dev.terrarium.runtime.PyStr;
import dev.terrarium.runtime.PyType;
import java.lang.invoke.CallSite;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * First half of {@code o.name(...)} (CPython's LOAD_METHOD) with an inline cache: for a
 * receiver type seen before and unchanged since, the method found on the class is known
 * without walking the MRO. Answers as {@link Ops#loadMethod}: a Python function of an
 * instance's class as its {@link dev.terrarium.runtime.UnboundMethodCall}, a method of a
 * built-in type as its descriptor, anything else as the attribute's value.
 */
public final class LoadMethodSite {
    private final String name;
    private final PyStr key;
    private final TypeCache cache = new TypeCache();

    private LoadMethodSite(String name) {
        this.name = name;
        this.key = AttributeNames.intern(name);
    }

    /** Bootstrap of {@code invokedynamic loadMethod (PyObject) PyObject}, the name as static argument. */
    public static CallSite bootstrap(MethodHandles.Lookup lookup, String opName, MethodType type, String name)
            throws ReflectiveOperationException {
        return BoundSites.of(new LoadMethodSite(name), "load", MethodType.methodType(PyObject.class, PyObject.class), type);
    }

    public PyObject load(PyObject o) {
        if (o.getClass() == PyInstance.class) {
            // The common case first, with the receiver's class known so type() is a direct call.
            PyInstance instance = (PyInstance) o;
            TypeCache.Entry e = cache.find(o, instance.type());
            if (e != null) {
                return instance.dict().get(key) == null ? e.value : Ops.loadMethod(o, name); // else shadowed
            }
        } else {
            TypeCache.Entry e = cache.find(o, o.type());
            if (e != null) {
                return e.value;
            }
        }
        return miss(o);
    }

    private PyObject miss(PyObject o) {
        if (cache.caching()) {
            cache.install(entryFor(o, o.type()));
        }
        return Ops.loadMethod(o, name);
    }

    /** Entry kinds (informative: the receiver's Java class tells which applies): a method that an attribute of the instance would shadow, or one that nothing can shadow. */
    private static final int INSTANCE = 1;
    private static final int BUILTIN = 2;

    private TypeCache.Entry entryFor(PyObject o, PyType t) {
        PyObject m = t.lookup(name);
        if (o.getClass() == PyInstance.class) {
            if (!(t.lookup("__getattribute__") instanceof PyMethodDescriptor)) {
                return null;
            }
            if (m instanceof PyFunction f) {
                return new TypeCache.Entry(t, o.getClass(), f.methodCall(), INSTANCE);
            }
            if (m instanceof PyMethodDescriptor) {
                return new TypeCache.Entry(t, o.getClass(), m, INSTANCE);
            }
            return null;
        }
        if (o.hasGenericAttributes() && m instanceof PyMethodDescriptor) {
            return new TypeCache.Entry(t, o.getClass(), m, BUILTIN);
        }
        return null;
    }
}
