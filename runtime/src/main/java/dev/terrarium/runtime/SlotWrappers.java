package dev.terrarium.runtime;

/**
 * The special methods of built-in types as Python sees them ({@code int.__add__},
 * {@code list.__len__}): each calls the Java slot of {@link PyObject} that the operator itself
 * uses, so {@code a.__add__(b)} and {@code a + b} agree (compare CPython's {@code slotdefs} in
 * Objects/typeobject.c). {@link #install} puts the named ones in a type's dict.
 */
final class SlotWrappers {
    private SlotWrappers() {}

    private static final PyObject NI = PyNotImplemented.INSTANCE;

    /** Installs the slot wrappers {@code names} on built-in type {@code t}. */
    static void install(PyType t, String... names) {
        for (String name : names) {
            BuiltinNames.define(t, name, wrapper(t, name));
        }
    }

    private static PySlotWrapper unary(PyType t, String name, java.util.function.Function<PyObject, PyObject> f) {
        return PySlotWrapper.exact(t, name, 0, (s, a, k) -> f.apply(s));
    }

    private static PySlotWrapper binary(PyType t, String name, java.util.function.BiFunction<PyObject, PyObject, PyObject> f) {
        return PySlotWrapper.exact(t, name, 1, (s, a, k) -> f.apply(s, a[0]));
    }

    private static PySlotWrapper compare(PyType t, String name, CompareOp op) {
        if (t == PyInt.TYPE) {
            // int's own comparison takes ints only; int == float is float's (CPython long_richcompare)
            return binary(t, name, (s, o) -> o instanceof PyInt ? s.richCompare(o, op) : NI);
        }
        return binary(t, name, (s, o) -> s.richCompare(o, op));
    }

    static PySlotWrapper wrapper(PyType t, String name) {
        switch (name) {
            case "__len__": return unary(t, name, s -> PyInt.of(s.len()));
            case "__hash__": return unary(t, name, s -> PyInt.of(Ops.hash(s)));
            case "__bool__": return unary(t, name, s -> PyBool.of(s.isTrue()));
            case "__iter__": return unary(t, name, PyObject::iter);
            case "__next__": return unary(t, name, SlotWrappers::next);
            case "__neg__": return unary(t, name, PyObject::neg);
            case "__pos__": return unary(t, name, PyObject::pos);
            case "__abs__": return unary(t, name, PyObject::abs);
            case "__invert__": return unary(t, name, PyObject::invert);
            case "__repr__": return unary(t, name, s -> PyStr.of(s.repr()));
            case "__str__": return unary(t, name, s -> PyStr.of(s.str()));
            case "__int__": return unary(t, name, SlotWrappers::ownInt);
            case "__float__": return unary(t, name, SlotWrappers::ownFloat);
            case "__index__": return unary(t, name, SlotWrappers::ownInt);
            case "__add__": return binary(t, name, PyObject::add);
            case "__radd__": return binary(t, name, PyObject::radd);
            case "__sub__": return binary(t, name, PyObject::sub);
            case "__rsub__": return binary(t, name, PyObject::rsub);
            case "__mul__": return binary(t, name, PyObject::mul);
            case "__rmul__": return binary(t, name, PyObject::rmul);
            case "__truediv__": return binary(t, name, PyObject::truediv);
            case "__rtruediv__": return binary(t, name, PyObject::rtruediv);
            case "__floordiv__": return binary(t, name, PyObject::floordiv);
            case "__rfloordiv__": return binary(t, name, PyObject::rfloordiv);
            case "__mod__": return binary(t, name, PyObject::mod);
            case "__rmod__": return binary(t, name, PyObject::rmod);
            case "__lshift__": return binary(t, name, PyObject::lshift);
            case "__rlshift__": return binary(t, name, PyObject::rlshift);
            case "__rshift__": return binary(t, name, PyObject::rshift);
            case "__rrshift__": return binary(t, name, PyObject::rrshift);
            case "__and__": return binary(t, name, PyObject::and);
            case "__rand__": return binary(t, name, PyObject::rand);
            case "__or__": return binary(t, name, PyObject::or);
            case "__ror__": return binary(t, name, PyObject::ror);
            case "__xor__": return binary(t, name, PyObject::xor);
            case "__rxor__": return binary(t, name, PyObject::rxor);
            case "__divmod__": return binary(t, name, (s, o) -> divmod(s, o, false));
            case "__rdivmod__": return binary(t, name, (s, o) -> divmod(s, o, true));
            case "__pow__": return PySlotWrapper.range(t, name, 1, 2,
                    (s, a, k) -> a.length == 1 || a[1] == PyNone.INSTANCE ? s.pow(a[0]) : pow3(s, a[0], a[1]));
            case "__rpow__": return PySlotWrapper.range(t, name, 1, 2,
                    (s, a, k) -> a.length == 1 || a[1] == PyNone.INSTANCE ? s.rpow(a[0]) : pow3(a[0], s, a[1]));
            case "__lt__": return compare(t, name, CompareOp.LT);
            case "__le__": return compare(t, name, CompareOp.LE);
            case "__eq__": return compare(t, name, CompareOp.EQ);
            case "__ne__": return compare(t, name, CompareOp.NE);
            case "__gt__": return compare(t, name, CompareOp.GT);
            case "__ge__": return compare(t, name, CompareOp.GE);
            case "__contains__": return binary(t, name, (s, o) -> PyBool.of(s.contains(o)));
            case "__getitem__": return binary(t, name, PyObject::getItem);
            case "__delitem__": return binary(t, name, (s, o) -> {
                s.delItem(o);
                return PyNone.INSTANCE;
            });
            case "__setitem__": return PySlotWrapper.exact(t, name, 2, (s, a, k) -> {
                s.setItem(a[0], a[1]);
                return PyNone.INSTANCE;
            });
            case "__call__": return PySlotWrapper.varargs(t, name, PyObject::call);
            case "__get__": return PySlotWrapper.range(t, name, 1, 2, (s, a, k) -> descriptorGet(s, a));
            case "__set__": return PySlotWrapper.exact(t, name, 2, (s, a, k) -> {
                s.setOn(a[0], descriptorName(s), a[1]);
                return PyNone.INSTANCE;
            });
            case "__delete__": return binary(t, name, (s, o) -> {
                s.deleteOn(o, descriptorName(s));
                return PyNone.INSTANCE;
            });
            default:
                throw new IllegalArgumentException("no slot wrapper " + name);
        }
    }

    /** Sequence concatenation ({@code sq_concat}): refuses another type itself, as CPython's list, str... do. */
    static PySlotWrapper concat(PyType t) {
        return binary(t, "__add__", (s, o) -> {
            PyObject r = s.add(o);
            if (r != NI) {
                return r;
            }
            if (s instanceof PyBytesLike) {
                throw PyErrors.typeError("can't concat %s to %s", o.type().name(), s.type().name());
            }
            throw PyErrors.typeError("can only concatenate %s (not \"%s\") to %s", s.type().name(), o.type().name(),
                    s.type().name());
        });
    }

    /** Sequence repetition ({@code sq_repeat}) for {@code __mul__} and {@code __rmul__}. */
    static PySlotWrapper repeat(PyType t, String name) {
        return binary(t, name, (s, o) -> {
            // the wrapper converts the count first (CPython's wrap_indexargfunc)
            PyObject n = ArgParser.index(o);
            PyObject r = name.equals("__mul__") ? s.mul(n) : s.rmul(n);
            return r != NI ? r : s.mul(n);
        });
    }

    /** A reflected set operation ({@code set.__rand__}): CPython's slot with the operands swapped. */
    static PySlotWrapper reflectedSetOp(PyType t, String name) {
        return binary(t, name, (s, o) -> {
            if (!PyAnySet.isAnySet(o)) {
                return NI;
            }
            return switch (name) {
                case "__rand__" -> o.and(s);
                case "__ror__" -> o.or(s);
                case "__rxor__" -> o.xor(s);
                default -> o.sub(s);
            };
        });
    }

    private static PyObject next(PyObject s) {
        PyObject x = s.next();
        if (x == null) {
            throw new PyException(PyExc.create(PyExc.StopIteration));
        }
        return x;
    }

    /**
     * {@code int.__int__}, {@code int.__index__} and {@code float.__int__}: the built-in value
     * itself as an exact int. Not int(s): that consults a subclass's own {@code __int__}, which
     * may be what called this through super().
     */
    private static PyObject ownInt(PyObject s) {
        if (s instanceof PyFloat f) {
            return IntConstructor.fromDouble(f.value);
        }
        if (s instanceof PyInt i) {
            return i.type() == PyInt.TYPE ? i : PyInt.of(i.asBig());
        }
        return plainInt(PyInt.TYPE.call1(s));
    }

    /** {@code int.__float__} and {@code float.__float__}: the built-in value as an exact float. */
    private static PyObject ownFloat(PyObject s) {
        if (s instanceof PyFloat f) {
            return f.type() == PyFloat.TYPE ? f : new PyFloat(f.value);
        }
        if (s instanceof PyInt i) {
            return new PyFloat(i.asDouble());
        }
        return PyFloat.TYPE.call1(s);
    }

    private static PyObject plainInt(PyObject i) {
        return i instanceof PyBool b ? PyInt.of(b == PyBool.TRUE ? 1 : 0) : i;
    }

    /**
     * {@code int.__divmod__} and {@code float.__divmod__} (and their reflections, with the operands
     * swapped): NotImplemented when {@code other} is not a number {@code self}'s type takes.
     */
    private static PyObject divmod(PyObject self, PyObject other, boolean reflected) {
        boolean takes = other instanceof PyInt || (self instanceof PyFloat && other instanceof PyFloat);
        if (!takes) {
            return NI;
        }
        PyObject[] operands = reflected ? new PyObject[] {other, self} : new PyObject[] {self, other};
        return BuiltinFunctions.divmod(operands, null);
    }

    private static PyObject pow3(PyObject base, PyObject exp, PyObject mod) {
        return BuiltinFunctions.pow(new PyObject[] {base, exp, mod}, null);
    }

    /** {@code descr.__get__(instance, owner=None)}, CPython's wrap_descr_get. */
    private static PyObject descriptorGet(PyObject descr, PyObject[] a) {
        PyObject instance = a[0];
        PyObject owner = a.length > 1 ? a[1] : PyNone.INSTANCE;
        if (instance == PyNone.INSTANCE) {
            if (owner == PyNone.INSTANCE) {
                throw PyErrors.typeError("__get__(None, None) is invalid");
            }
            if (!(owner instanceof PyType cls)) {
                throw PyErrors.typeError("descriptor '__get__' for type '%s' needs a type, not a '%s' as arg 2",
                        descr.type().name(), owner.type().name());
            }
            return descr.bindToClass(cls);
        }
        return descr.bindTo(instance);
    }

    /** The attribute name a descriptor's own error messages use (a property's getter's name). */
    private static String descriptorName(PyObject descr) {
        if (descr instanceof PyProperty p) {
            PyObject getter = p.getAttr("fget");
            if (getter instanceof PyFunction f) {
                return ((PyStr) f.getAttr("__name__")).value();
            }
        }
        return "?";
    }
}
