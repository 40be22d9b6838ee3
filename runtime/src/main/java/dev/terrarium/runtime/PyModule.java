package dev.terrarium.runtime;

/** A module object: a name and the namespace its code filled (its globals). */
public final class PyModule extends PyObject {
    public static final PyType TYPE = PyType.builtin("module", PyType.OBJECT, null);

    private final String name;
    private final PyDict dict;
    private final String origin;

    /** {@code origin} is the file it came from, or null for a built-in module. */
    public PyModule(String name, PyDict dict, String origin) {
        this.name = name;
        this.dict = dict;
        this.origin = origin;
        dict.put(PyStr.of("__name__"), PyStr.of(name));
    }

    public String name() {
        return name;
    }

    public PyDict dict() {
        return dict;
    }

    public String origin() {
        return origin;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return origin == null ? "<module '" + name + "' (built-in)>" : "<module '" + name + "' from '" + origin + "'>";
    }

    @Override
    public boolean hasGenericAttributes() {
        return false;
    }

    @Override
    public PyObject getAttr(String attr) {
        if (attr.equals("__dict__")) {
            return dict;
        }
        PyObject v = dict.get(PyStr.of(attr));
        if (v != null) {
            return v;
        }
        PyObject t = type().lookup(attr);
        if (t != null) {
            return t.bindTo(this);
        }
        throw new PyException(new PyAttributeError("module '" + name + "' has no attribute '" + attr + "'", this, attr));
    }

    @Override
    public void setAttr(String attr, PyObject value) {
        dict.put(PyStr.of(attr), value);
    }

    @Override
    public void delAttr(String attr) {
        if (dict.remove(PyStr.of(attr)) == null) {
            throw PyErrors.attributeError("module '%s' has no attribute '%s'", name, attr);
        }
    }

    @Override
    public java.util.List<String> attributeNames() {
        java.util.List<String> names = new java.util.ArrayList<>();
        for (PyObject k : dict.entries().keySet()) {
            if (k instanceof PyStr s) {
                names.add(s.value());
            }
        }
        return names;
    }
}
