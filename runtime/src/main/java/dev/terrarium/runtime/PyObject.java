package dev.terrarium.runtime;

/**
 * The root of every Python value. Each built-in type is one Java subclass; the methods
 * here are its special-method slots (compare CPython's {@code PyTypeObject} tp_* and
 * nb_* slots). Defaults answer as CPython does for an object that lacks the slot:
 * binary operations return {@link PyNotImplemented#INSTANCE} so that {@link Ops} can try
 * the reflected operation, and the rest raise CPython's {@code TypeError}.
 *
 * <p>Generated code never calls these directly; it calls {@link Ops}, which holds the
 * fast paths and the dispatch rules.
 */
public abstract class PyObject {

    static final PyObject[] NO_ARGS = new PyObject[0];

    /** The Python type of this object. */
    public abstract PyType type();

    // ---- conversions ------------------------------------------------------------------

    /** {@code repr(self)}. */
    public String repr() {
        return "<" + type().name() + " object>";
    }

    /** {@code str(self)}; defaults to {@link #repr()} as {@code object.__str__} does. */
    public String str() {
        return repr();
    }

    /**
     * {@code format(self, spec)}, the {@code __format__} slot. The default is
     * {@code object.__format__}: the empty spec gives {@code str(self)}, any other is a TypeError.
     */
    public String format(String spec) {
        return Formatter.formatObject(this, spec);
    }

    /** {@code bool(self)}. Compare CPython {@code PyObject_IsTrue}. */
    public boolean isTrue() {
        return true;
    }

    /** {@code hash(self)}. Identity-based by default, as {@code object.__hash__}. */
    public long hash() {
        return System.identityHashCode(this);
    }

    // ---- numeric protocol: NotImplemented means "try the other operand" ---------------

    public PyObject add(PyObject other) { return PyNotImplemented.INSTANCE; }
    public PyObject radd(PyObject other) { return PyNotImplemented.INSTANCE; }
    public PyObject sub(PyObject other) { return PyNotImplemented.INSTANCE; }
    public PyObject rsub(PyObject other) { return PyNotImplemented.INSTANCE; }
    public PyObject mul(PyObject other) { return PyNotImplemented.INSTANCE; }
    public PyObject rmul(PyObject other) { return PyNotImplemented.INSTANCE; }
    public PyObject matmul(PyObject other) { return PyNotImplemented.INSTANCE; }
    public PyObject rmatmul(PyObject other) { return PyNotImplemented.INSTANCE; }
    public PyObject truediv(PyObject other) { return PyNotImplemented.INSTANCE; }
    public PyObject rtruediv(PyObject other) { return PyNotImplemented.INSTANCE; }
    public PyObject floordiv(PyObject other) { return PyNotImplemented.INSTANCE; }
    public PyObject rfloordiv(PyObject other) { return PyNotImplemented.INSTANCE; }
    public PyObject mod(PyObject other) { return PyNotImplemented.INSTANCE; }
    public PyObject rmod(PyObject other) { return PyNotImplemented.INSTANCE; }
    public PyObject pow(PyObject other) { return PyNotImplemented.INSTANCE; }
    public PyObject rpow(PyObject other) { return PyNotImplemented.INSTANCE; }
    public PyObject lshift(PyObject other) { return PyNotImplemented.INSTANCE; }
    public PyObject rlshift(PyObject other) { return PyNotImplemented.INSTANCE; }
    public PyObject rshift(PyObject other) { return PyNotImplemented.INSTANCE; }
    public PyObject rrshift(PyObject other) { return PyNotImplemented.INSTANCE; }
    public PyObject and(PyObject other) { return PyNotImplemented.INSTANCE; }
    public PyObject rand(PyObject other) { return PyNotImplemented.INSTANCE; }
    public PyObject or(PyObject other) { return PyNotImplemented.INSTANCE; }
    public PyObject ror(PyObject other) { return PyNotImplemented.INSTANCE; }
    public PyObject xor(PyObject other) { return PyNotImplemented.INSTANCE; }
    public PyObject rxor(PyObject other) { return PyNotImplemented.INSTANCE; }

    /** {@code -self}. */
    public PyObject neg() {
        throw PyErrors.typeError("bad operand type for unary -: '%s'", type().name());
    }

    /** {@code +self}. */
    public PyObject pos() {
        throw PyErrors.typeError("bad operand type for unary +: '%s'", type().name());
    }

    /** {@code ~self}. */
    public PyObject invert() {
        throw PyErrors.typeError("bad operand type for unary ~: '%s'", type().name());
    }

    /** {@code abs(self)}. */
    public PyObject abs() {
        throw PyErrors.typeError("bad operand type for abs(): '%s'", type().name());
    }

    // ---- comparison -------------------------------------------------------------------

    /**
     * Rich comparison (compare CPython {@code tp_richcompare}). The default compares
     * identity for == and != and returns NotImplemented otherwise.
     */
    public PyObject richCompare(PyObject other, CompareOp op) {
        return switch (op) {
            case EQ -> this == other ? PyBool.TRUE : PyNotImplemented.INSTANCE;
            case NE -> this == other ? PyBool.FALSE : PyNotImplemented.INSTANCE;
            default -> PyNotImplemented.INSTANCE;
        };
    }

    // ---- containers and iteration -----------------------------------------------------

    /** {@code len(self)}: a C {@code Py_ssize_t} in CPython, so a long here. */
    public long len() {
        throw PyErrors.typeError("object of type '%s' has no len()", type().name());
    }

    /** {@code self[key]}. */
    public PyObject getItem(PyObject key) {
        throw PyErrors.typeError("'%s' object is not subscriptable", type().name());
    }

    /** {@code self[key] = value}. */
    public void setItem(PyObject key, PyObject value) {
        throw PyErrors.typeError("'%s' object does not support item assignment", type().name());
    }

    /** {@code del self[key]}. */
    public void delItem(PyObject key) {
        throw PyErrors.typeError("'%s' object doesn't support item deletion", type().name());
    }

    /** {@code item in self}; by default searches the iteration, as CPython does. */
    public boolean contains(PyObject item) {
        if (type().lookup("__iter__") == null && !(this instanceof PyInstance)) {
            try {
                iter();
            } catch (PyException e) {
                if (e.matches(PyExc.TypeError)) {
                    throw PyErrors.typeError("argument of type '%s' is not iterable", type().name());
                }
                throw e;
            }
        }
        PyObject it = iter();
        for (PyObject x = it.next(); x != null; x = it.next()) {
            if (x == item || Ops.eq(x, item)) {
                return true;
            }
        }
        return false;
    }

    /** {@code iter(self)}. */
    public PyObject iter() {
        throw PyErrors.typeError("'%s' object is not iterable", type().name());
    }

    /**
     * {@code next(self)} for an iterator, with one difference from {@code __next__}:
     * exhaustion returns Java {@code null} instead of raising StopIteration, so that loops
     * cost no exception.
     */
    public PyObject next() {
        throw PyErrors.typeError("'%s' object is not an iterator", type().name());
    }

    // ---- attributes -------------------------------------------------------------------

    /** {@code self.name}; compare CPython {@code PyObject_GenericGetAttr}. */
    public PyObject getAttr(String name) {
        if (name.equals("__class__")) {
            return type();
        }
        PyObject found = type().lookup(name);
        if (found != null) {
            return found.bindTo(this);
        }
        throw PyErrors.noAttribute(this, name);
    }

    /** The attribute names {@code dir(self)} would list (for AttributeError suggestions). */
    public java.util.List<String> attributeNames() {
        return type().memberNames();
    }

    /**
     * Whether {@link #getAttr} is the generic lookup (type attributes, no instance dict),
     * so that a method found on the type is what {@code self.name} would give: then
     * {@link Ops#loadMethod} may skip building the bound method. Classes that override
     * {@code getAttr} with other rules answer false.
     */
    public boolean hasGenericAttributes() {
        return true;
    }

    /** {@code self.name = value}. */
    public void setAttr(String name, PyObject value) {
        PyObject descr = type().lookup(name);
        if (descr instanceof PyGetSetDescriptor g) {
            throw g.notWritable();
        }
        if (descr != null) {
            throw PyErrors.attributeError("'%s' object attribute '%s' is read-only", type().name(), name);
        }
        throw PyErrors.attributeError("'%s' object has no attribute '%s'", type().name(), name);
    }

    /** {@code del self.name}. */
    public void delAttr(String name) {
        PyObject descr = type().lookup(name);
        if (descr instanceof PyGetSetDescriptor g) {
            throw g.notWritable();
        }
        if (descr != null) {
            throw PyErrors.attributeError("'%s' object attribute '%s' is read-only", type().name(), name);
        }
        throw PyErrors.noAttribute(this, name);
    }

    /**
     * Descriptor {@code __get__(instance, type)} for an attribute found on a type: functions
     * bind to the instance, plain values return themselves.
     */
    public PyObject bindTo(PyObject instance) {
        return this;
    }

    /** Descriptor {@code __get__(None, cls)}: the attribute read from the class itself. */
    public PyObject bindToClass(PyType cls) {
        return this;
    }

    /** Whether this is a data descriptor (defines {@code __set__} or {@code __delete__}): it wins over an instance's dict. */
    public boolean isDataDescriptor() {
        return false;
    }

    /** Descriptor {@code __set__(instance, value)}; only called on data descriptors. */
    public void setOn(PyObject instance, String name, PyObject value) {
        throw PyErrors.attributeError("'%s' object attribute '%s' is read-only", instance.type().name(), name);
    }

    /** Descriptor {@code __delete__(instance)}; only called on data descriptors. */
    public void deleteOn(PyObject instance, String name) {
        throw PyErrors.attributeError("'%s' object attribute '%s' is read-only", instance.type().name(), name);
    }

    // ---- calls ------------------------------------------------------------------------

    /**
     * {@code self(*args, **kwargs)} in vectorcall shape (compare CPython
     * {@code PyObject_Vectorcall}): {@code args} holds the positional arguments followed by
     * the keyword arguments' values, whose names are {@code kwnames} (null when none).
     */
    public PyObject call(PyObject[] args, String[] kwnames) {
        throw PyErrors.typeError("'%s' object is not callable", type().name());
    }

    public PyObject call0() {
        return call(NO_ARGS, null);
    }

    public PyObject call1(PyObject a) {
        return call(new PyObject[] {a}, null);
    }

    public PyObject call2(PyObject a, PyObject b) {
        return call(new PyObject[] {a, b}, null);
    }

    public PyObject call3(PyObject a, PyObject b, PyObject c) {
        return call(new PyObject[] {a, b, c}, null);
    }

    // ---- Java identity, for hash tables keyed by Python values ------------------------

    /** Python equality, so that Java hash tables behave as Python dicts. */
    @Override
    public boolean equals(Object o) {
        return o == this || (o instanceof PyObject p && Ops.eq(this, p));
    }

    @Override
    public int hashCode() {
        return Long.hashCode(hash());
    }

    @Override
    public String toString() {
        return repr();
    }
}
