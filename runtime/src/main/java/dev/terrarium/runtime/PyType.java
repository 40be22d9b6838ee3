package dev.terrarium.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Python type ({@code type} instances). Built-in types are created once, at class
 * initialisation of their Java class, with {@link #builtin}. The attribute dictionary is
 * filled by the type's Java class (methods as {@link PyBuiltinFunction}s).
 *
 * <p>For now a type has a single base; multiple inheritance and the C3 MRO come with
 * user-defined classes.
 */
public final class PyType extends PyObject {

    /** Builds instances when the type is called: {@code int("3")}. */
    @FunctionalInterface
    public interface Constructor {
        PyObject construct(PyType type, PyObject[] args, String[] kwnames);
    }

    public static final PyType OBJECT = new PyType("object", null, (t, a, k) -> {
        ArgParser.noArgs("object", a, k);
        return new PyPlainObject(t);
    });
    public static final PyType TYPE = new PyType("type", OBJECT, (t, a, k) -> {
        if (a.length == 1 && k == null) {
            return a[0].type();
        }
        throw PyErrors.typeError("type() takes 1 or 3 arguments");
    });

    private final String name;
    private final PyType base;
    private final Constructor constructor;
    private final Map<String, PyObject> dict = new LinkedHashMap<>();

    private PyType(String name, PyType base, Constructor constructor) {
        this.name = name;
        this.base = base;
        this.constructor = constructor;
    }

    /** A built-in type; {@code constructor} null means the type cannot be instantiated from Python. */
    public static PyType builtin(String name, PyType base, Constructor constructor) {
        return new PyType(name, base, constructor);
    }

    public String name() {
        return name;
    }

    public PyType base() {
        return base;
    }

    /** Adds an attribute to the type's dictionary (used while setting up built-in types). */
    public PyType define(String attr, PyObject value) {
        dict.put(attr, value);
        return this;
    }

    /** Finds {@code attr} in this type or its bases (compare CPython {@code _PyType_Lookup}). */
    public PyObject lookup(String attr) {
        for (PyType t = this; t != null; t = t.base) {
            PyObject v = t.dict.get(attr);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** The names defined on this type and its bases, each once (compare {@code type.__dir__}). */
    public java.util.List<String> memberNames() {
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
        for (PyType t = this; t != null; t = t.base) {
            names.addAll(t.dict.keySet());
        }
        return new java.util.ArrayList<>(names);
    }

    /** {@code dir(cls)}: the class's members (the metaclass's are not listed, as in CPython). */
    @Override
    public java.util.List<String> attributeNames() {
        return memberNames();
    }

    /** {@code issubclass(this, other)} for built-in types. */
    public boolean isSubtypeOf(PyType other) {
        for (PyType t = this; t != null; t = t.base) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return "<class '" + name + "'>";
    }

    @Override
    public PyObject getAttr(String attr) {
        if (attr.equals("__name__") || attr.equals("__qualname__")) {
            return PyStr.of(name);
        }
        PyObject found = lookup(attr);
        if (found != null) {
            return found;
        }
        throw PyErrors.noAttribute(this, attr);
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        if (constructor == null) {
            throw PyErrors.typeError("cannot create '%s' instances", name);
        }
        return constructor.construct(this, args, kwnames);
    }
}
