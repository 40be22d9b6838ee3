package dev.terrarium.runtime;

/** Python {@code set}: a mutable {@link PyAnySet}; unhashable. */
public class PySet extends PyAnySet {
    public static final PyType TYPE = PyType.builtin("set", PyType.OBJECT, (t, a, k) -> {
        ArgParser.noKeywords("set", k);
        ArgParser.arity("set", a, 0, 1);
        PySet s = new PySet();
        if (a.length == 1) {
            s.updateFrom(a[0]);
        }
        return s;
    });

    static {
        SetMethods.install(TYPE, true);
    }

    public PySet() {
    }

    /** A set of {@code items}, added in order. */
    public static PySet of(PyObject... items) {
        PySet s = new PySet();
        for (PyObject x : items) {
            s.addKey(x);
        }
        return s;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    PyAnySet emptyLike() {
        return new PySet();
    }

    @Override
    public long hash() {
        throw PyErrors.typeError("unhashable type: '%s'", type().name());
    }

    @Override
    public String repr() {
        // a subclass's instance shows its class: S({1, 2}) (CPython set_repr)
        String name = type().name();
        if (this.getClass() == PySet.class) {
            return size() == 0 ? "set()" : elementsRepr();
        }
        return size() == 0 ? name + "()" : name + "(" + elementsRepr() + ")";
    }

    /** {@code s |= t}: in place (compare CPython {@code set_ior}). */
    PyObject inplaceOr(PyObject other) {
        if (!(other instanceof PyAnySet)) {
            return PyNotImplemented.INSTANCE;
        }
        updateFrom(other);
        return this;
    }

    /** {@code s &= t} (compare CPython {@code set_iand}). */
    PyObject inplaceAnd(PyObject other) {
        if (!(other instanceof PyAnySet)) {
            return PyNotImplemented.INSTANCE;
        }
        table.swap(intersection(other).table);
        return this;
    }

    /** {@code s -= t} (compare CPython {@code set_isub}). */
    PyObject inplaceSub(PyObject other) {
        if (!(other instanceof PyAnySet)) {
            return PyNotImplemented.INSTANCE;
        }
        differenceUpdate(other);
        return this;
    }

    /** {@code s ^= t} (compare CPython {@code set_ixor}). */
    PyObject inplaceXor(PyObject other) {
        if (!(other instanceof PyAnySet)) {
            return PyNotImplemented.INSTANCE;
        }
        symmetricDifferenceUpdate(other);
        return this;
    }
}
