package dev.terrarium.runtime;

/**
 * {@code property(fget, fset, fdel, doc)}: a data descriptor; reading the attribute
 * calls fget, assigning calls fset, deleting calls fdel.
 */
public final class PyProperty extends PyObject {
    public static final PyType TYPE = PyType.builtin("property", PyType.OBJECT, PyProperty::construct);

    static {
        TYPE.define("setter", new PyMethodDescriptor(TYPE, "setter", (s, a, k) -> {
            ArgParser.arity("setter", a, 1, 1);
            PyProperty p = (PyProperty) s;
            return new PyProperty(p.fget, a[0], p.fdel, p.doc);
        }));
        TYPE.define("getter", new PyMethodDescriptor(TYPE, "getter", (s, a, k) -> {
            ArgParser.arity("getter", a, 1, 1);
            PyProperty p = (PyProperty) s;
            return new PyProperty(a[0], p.fset, p.fdel, p.doc);
        }));
        TYPE.define("deleter", new PyMethodDescriptor(TYPE, "deleter", (s, a, k) -> {
            ArgParser.arity("deleter", a, 1, 1);
            PyProperty p = (PyProperty) s;
            return new PyProperty(p.fget, p.fset, a[0], p.doc);
        }));
    }

    final PyObject fget;
    final PyObject fset;
    final PyObject fdel;
    final PyObject doc;

    PyProperty(PyObject fget, PyObject fset, PyObject fdel, PyObject doc) {
        this.fget = fget;
        this.fset = fset;
        this.fdel = fdel;
        this.doc = doc;
    }

    static PyObject construct(PyType type, PyObject[] args, String[] kwnames) {
        int npos = ArgParser.positionalCount(args, kwnames);
        PyObject[] v = new PyObject[4];
        String[] names = {"fget", "fset", "fdel", "doc"};
        for (int i = 0; i < npos; i++) {
            if (i >= 4) {
                throw PyErrors.typeError("property() takes at most 4 arguments (%d given)", npos);
            }
            v[i] = args[i];
        }
        for (int i = 0; i < names.length; i++) {
            PyObject kw = ArgParser.keyword("property", args, kwnames, names[i], "fget", "fset", "fdel", "doc");
            if (kw != null) {
                v[i] = kw;
            }
        }
        for (int i = 0; i < 4; i++) {
            if (v[i] == null || v[i] == PyNone.INSTANCE) {
                v[i] = null;
            }
        }
        return new PyProperty(v[0], v[1], v[2], v[3]);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** A data descriptor: the instance's dict does not hide it. */
    @Override
    public boolean isDataDescriptor() {
        return true;
    }

    @Override
    public PyObject bindTo(PyObject instance) {
        if (fget == null) {
            throw PyErrors.attributeError("unreadable attribute");
        }
        return fget.call1(instance);
    }

    @Override
    public PyObject bindToClass(PyType cls) {
        return this;
    }

    @Override
    public void setOn(PyObject instance, String name, PyObject value) {
        if (fset == null) {
            throw PyErrors.attributeError("property '%s' of '%s' object has no setter", name, instance.type().name());
        }
        fset.call2(instance, value);
    }

    @Override
    public void deleteOn(PyObject instance, String name) {
        if (fdel == null) {
            throw PyErrors.attributeError("property '%s' of '%s' object has no deleter", name, instance.type().name());
        }
        fdel.call1(instance);
    }

    @Override
    public boolean hasGenericAttributes() {
        return false;
    }

    @Override
    public PyObject getAttr(String name) {
        return switch (name) {
            case "fget" -> fget == null ? PyNone.INSTANCE : fget;
            case "fset" -> fset == null ? PyNone.INSTANCE : fset;
            case "fdel" -> fdel == null ? PyNone.INSTANCE : fdel;
            case "__doc__" -> doc == null ? PyNone.INSTANCE : doc;
            default -> super.getAttr(name);
        };
    }
}
