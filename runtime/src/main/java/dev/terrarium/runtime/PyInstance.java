package dev.terrarium.runtime;

/**
 * An instance of a class defined by guest code (whose solid base is {@code object}): a
 * type and an attribute dict. Every slot dispatches to the special method the class
 * defines, as CPython's {@code slot_*} functions in {@code Objects/typeobject.c} do.
 */
public class PyInstance extends PyObject {
    private final PyType type;
    final PyDict dict = new PyDict();
    /** Values of {@code __slots__} names, created with the first one set. */
    private PyDict slotValues;

    public PyInstance(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    public PyDict dict() {
        return dict;
    }

    // ---- attributes -------------------------------------------------------------------

    @Override
    public boolean hasGenericAttributes() {
        return false;
    }

    /** The dict attribute lookups see: none for an instance of a class with only {@code __slots__}. */
    PyDict slotValues() {
        if (slotValues == null) {
            slotValues = new PyDict();
        }
        return slotValues;
    }

    PyDict visibleDict() {
        return type.instancesHaveDict() ? dict : null;
    }

    @Override
    public PyObject getAttr(String name) {
        if (name.equals("__dict__") && type.instancesHaveDict()) {
            return dict;
        }
        if (name.equals("__class__")) {
            return type;
        }
        return InstanceAttributes.getWithFallback(this, visibleDict(), name);
    }

    @Override
    public void setAttr(String name, PyObject value) {
        PyObject setattr = type.lookup("__setattr__");
        if (setattr instanceof PyFunction) {
            Special.callWithSelf(setattr, this, new PyObject[] {PyStr.of(name), value}, null);
            return;
        }
        InstanceAttributes.set(this, visibleDict(), name, value);
    }

    @Override
    public void delAttr(String name) {
        PyObject delattr = type.lookup("__delattr__");
        if (delattr instanceof PyFunction) {
            Special.callWithSelf(delattr, this, new PyObject[] {PyStr.of(name)}, null);
            return;
        }
        InstanceAttributes.delete(this, visibleDict(), name);
    }

    @Override
    public java.util.List<String> attributeNames() {
        java.util.List<String> names = new java.util.ArrayList<>();
        for (PyObject k : type.instancesHaveDict() ? dict.entries().keySet() : java.util.Set.<PyObject>of()) {
            if (k instanceof PyStr s) {
                names.add(s.value());
            }
        }
        names.addAll(type.memberNames());
        return names;
    }

    // ---- descriptors defined by the class ----------------------------------------------

    @Override
    public PyObject bindTo(PyObject instance) {
        PyObject get = type.lookup("__get__");
        return get == null ? this : Special.callWithSelf(get, this, new PyObject[] {instance, instance.type()}, null);
    }

    @Override
    public PyObject bindToClass(PyType cls) {
        PyObject get = type.lookup("__get__");
        return get == null ? this : Special.callWithSelf(get, this, new PyObject[] {PyNone.INSTANCE, cls}, null);
    }

    @Override
    public boolean isDataDescriptor() {
        return type.lookup("__set__") != null || type.lookup("__delete__") != null;
    }

    @Override
    public void setOn(PyObject instance, String name, PyObject value) {
        if (Special.call2(this, "__set__", instance, value) == null) {
            throw PyErrors.attributeError("__set__");
        }
    }

    @Override
    public void deleteOn(PyObject instance, String name) {
        if (Special.call1(this, "__delete__", instance) == null) {
            throw PyErrors.attributeError("__delete__");
        }
    }

    // ---- conversions ------------------------------------------------------------------

    @Override
    public String repr() {
        return Special.strResult(Special.call0(this, "__repr__"), "__repr__");
    }

    @Override
    public String str() {
        return Special.strResult(Special.call0(this, "__str__"), "__str__");
    }

    @Override
    public String format(String spec) {
        PyObject r = Special.call1(this, "__format__", PyStr.of(spec));
        if (r == null) {
            return super.format(spec);
        }
        if (r instanceof PyStr s) {
            return s.value();
        }
        throw PyErrors.typeError("__format__ must return a str, not %s", r.type().name());
    }

    /** {@code object.__repr__}: {@code <__main__.C object at 0x...>}. */
    static String defaultRepr(PyObject o) {
        PyType t = o.type();
        String name = t.module().equals("builtins") ? t.qualname() : t.module() + "." + t.qualname();
        return "<" + name + " object at 0x" + Long.toHexString(0x7f0000000000L + System.identityHashCode(o) * 16L) + ">";
    }

    @Override
    public boolean isTrue() {
        PyObject r = Special.call0(this, "__bool__");
        if (r != null) {
            if (r instanceof PyBool b) {
                return b == PyBool.TRUE;
            }
            throw PyErrors.typeError("__bool__ should return bool, returned %s", r.type().name());
        }
        if (type.lookup("__len__") != null) {
            return len() != 0;
        }
        return true;
    }

    @Override
    public long hash() {
        PyObject h = type.lookup("__hash__");
        if (h == PyNone.INSTANCE) {
            throw PyErrors.typeError("unhashable type: '%s'", type.name());
        }
        PyObject r = Special.call0(this, "__hash__");
        if (r instanceof PyInt i) {
            return i.isSmall() ? (i.value == -1 ? -2 : i.value) : i.hash();
        }
        throw PyErrors.typeError("__hash__ method should return an integer");
    }

    @Override
    public boolean equals(Object o) {
        return o == this || (o instanceof PyObject p && Ops.eq(this, p));
    }

    @Override
    public int hashCode() {
        return Long.hashCode(hash());
    }

    // ---- operators --------------------------------------------------------------------

    @Override public PyObject add(PyObject o) { return Special.binary(this, "__add__", o); }
    @Override public PyObject radd(PyObject o) { return Special.binary(this, "__radd__", o); }
    @Override public PyObject sub(PyObject o) { return Special.binary(this, "__sub__", o); }
    @Override public PyObject rsub(PyObject o) { return Special.binary(this, "__rsub__", o); }
    @Override public PyObject mul(PyObject o) { return Special.binary(this, "__mul__", o); }
    @Override public PyObject rmul(PyObject o) { return Special.binary(this, "__rmul__", o); }
    @Override public PyObject matmul(PyObject o) { return Special.binary(this, "__matmul__", o); }
    @Override public PyObject rmatmul(PyObject o) { return Special.binary(this, "__rmatmul__", o); }
    @Override public PyObject truediv(PyObject o) { return Special.binary(this, "__truediv__", o); }
    @Override public PyObject rtruediv(PyObject o) { return Special.binary(this, "__rtruediv__", o); }
    @Override public PyObject floordiv(PyObject o) { return Special.binary(this, "__floordiv__", o); }
    @Override public PyObject rfloordiv(PyObject o) { return Special.binary(this, "__rfloordiv__", o); }
    @Override public PyObject mod(PyObject o) { return Special.binary(this, "__mod__", o); }
    @Override public PyObject rmod(PyObject o) { return Special.binary(this, "__rmod__", o); }
    @Override public PyObject pow(PyObject o) { return Special.binary(this, "__pow__", o); }
    @Override public PyObject rpow(PyObject o) { return Special.binary(this, "__rpow__", o); }
    @Override public PyObject lshift(PyObject o) { return Special.binary(this, "__lshift__", o); }
    @Override public PyObject rlshift(PyObject o) { return Special.binary(this, "__rlshift__", o); }
    @Override public PyObject rshift(PyObject o) { return Special.binary(this, "__rshift__", o); }
    @Override public PyObject rrshift(PyObject o) { return Special.binary(this, "__rrshift__", o); }
    @Override public PyObject and(PyObject o) { return Special.binary(this, "__and__", o); }
    @Override public PyObject rand(PyObject o) { return Special.binary(this, "__rand__", o); }
    @Override public PyObject or(PyObject o) { return Special.binary(this, "__or__", o); }
    @Override public PyObject ror(PyObject o) { return Special.binary(this, "__ror__", o); }
    @Override public PyObject xor(PyObject o) { return Special.binary(this, "__xor__", o); }
    @Override public PyObject rxor(PyObject o) { return Special.binary(this, "__rxor__", o); }

    private PyObject unary(String name, String symbol) {
        PyObject r = Special.call0(this, name);
        if (r == null) {
            throw PyErrors.typeError("bad operand type for %s: '%s'", symbol, type.name());
        }
        return r;
    }

    @Override public PyObject neg() { return unary("__neg__", "unary -"); }
    @Override public PyObject pos() { return unary("__pos__", "unary +"); }
    @Override public PyObject invert() { return unary("__invert__", "unary ~"); }
    @Override public PyObject abs() { return unary("__abs__", "abs()"); }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        String name = switch (op) {
            case LT -> "__lt__";
            case LE -> "__le__";
            case EQ -> "__eq__";
            case NE -> "__ne__";
            case GT -> "__gt__";
            case GE -> "__ge__";
        };
        PyObject r = Special.call1(this, name, other);
        return r == null ? PyNotImplemented.INSTANCE : r;
    }

    // ---- containers, iteration, calls -------------------------------------------------

    @Override
    public long len() {
        PyObject r = Special.call0(this, "__len__");
        if (r == null) {
            throw PyErrors.typeError("object of type '%s' has no len()", type.name());
        }
        PyInt n = ArgParser.index(r);
        if (n.asBig().signum() < 0) {
            throw PyErrors.valueError("__len__() should return >= 0");
        }
        if (!n.isSmall()) {
            throw PyErrors.overflowError("cannot fit 'int' into an index-sized integer");
        }
        return n.value;
    }

    @Override
    public PyObject getItem(PyObject key) {
        PyObject r = Special.call1(this, "__getitem__", key);
        if (r == null) {
            throw PyErrors.typeError("'%s' object is not subscriptable", type.name());
        }
        return r;
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        if (Special.call2(this, "__setitem__", key, value) == null) {
            throw PyErrors.typeError("'%s' object does not support item assignment", type.name());
        }
    }

    @Override
    public void delItem(PyObject key) {
        if (Special.call1(this, "__delitem__", key) == null) {
            throw PyErrors.typeError("'%s' object doesn't support item deletion", type.name());
        }
    }

    @Override
    public boolean contains(PyObject item) {
        PyObject r = Special.call1(this, "__contains__", item);
        if (r != null) {
            return Ops.isTrue(r);
        }
        return super.contains(item);
    }

    @Override
    public PyObject iter() {
        if (type.lookup("__iter__") == PyNone.INSTANCE) {
            // __iter__ = None declares the class not iterable (CPython's slot_tp_iter).
            throw PyErrors.typeError("'%s' object is not iterable", type.name());
        }
        PyObject it = Special.call0(this, "__iter__");
        if (it != null) {
            if (!isIterator(it)) {
                throw PyErrors.typeError("iter() returned non-iterator of type '%s'", it.type().name());
            }
            return it;
        }
        if (type.lookup("__getitem__") != null) {
            return new PySequenceIteratorOfGetItem(this);
        }
        throw PyErrors.typeError("'%s' object is not iterable", type.name());
    }

    /** CPython's PyIter_Check: a class with {@code __next__}, or a built-in iterator (its iter() is itself). */
    private static boolean isIterator(PyObject o) {
        if (o instanceof PyInstance) {
            return o.type().lookup("__next__") != null;
        }
        try {
            return o.iter() == o;
        } catch (PyException e) {
            if (e.matches(PyExc.TypeError)) {
                return false;
            }
            throw e;
        }
    }

    /** {@code __next__()} itself: its StopIteration reaches the caller as raised (builtin next()). */
    PyObject callNext() {
        PyObject m = type.lookup("__next__");
        if (m == null) {
            throw PyErrors.typeError("'%s' object is not an iterator", type.name());
        }
        return m instanceof PyFunction f ? f.call1(this) : m.bindTo(this).call0();
    }

    @Override
    public PyObject next() {
        PyObject m = type.lookup("__next__");
        if (m == null) {
            throw PyErrors.typeError("'%s' object is not an iterator", type.name());
        }
        int saved = CallDepth.expectStopIteration();
        try {
            return m instanceof PyFunction f ? f.call1(this) : m.bindTo(this).call0();
        } catch (PyException e) {
            if (e.matches(PyExc.StopIteration)) {
                return null;
            }
            throw e;
        } finally {
            CallDepth.restoreStopIteration(saved);
        }
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        PyObject m = type.lookup("__call__");
        if (m == null) {
            throw PyErrors.typeError("'%s' object is not callable", type.name());
        }
        return Special.callWithSelf(m, this, args, kwnames);
    }
}
