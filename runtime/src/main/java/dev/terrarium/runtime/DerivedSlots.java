package dev.terrarium.runtime;

import java.util.function.Function;

/**
 * The shared parts of the Derived* classes (see {@link DerivedInstance}): attribute access with
 * an instance dict, and calling a class's special method with CPython's checks of its result
 * (compare the slot_* functions of CPython's Objects/typeobject.c).
 */
final class DerivedSlots {
    private DerivedSlots() {}

    /** Whether neither operand is an instance of a class deriving from a built-in (for fast paths of Ops). */
    static boolean neither(PyObject a, PyObject b) {
        return !isDerived(a) && !isDerived(b);
    }

    /**
     * Whether {@code o} is an instance of a class deriving from a built-in. The type's flag
     * comes first: {@code instanceof} an interface scans the class's secondary supertypes, and
     * on the hot paths (int arithmetic, str equality in every dict probe, method calls) that
     * scan made whole programs several times slower.
     */
    static boolean isDerived(PyObject o) {
        return o.type().isUserDefined() && o instanceof DerivedInstance;
    }

    /** Whether {@code o}'s class overrides its built-in base's {@code __iter__} (then dict merges go through keys()). */
    static boolean overridesIter(PyObject o) {
        return o instanceof DerivedInstance d && d.derivedState().slot("__iter__") != null;
    }

    /**
     * CPython's PyObject_LengthHint as list(x) and tuple(x) call it: a class's own
     * {@code __len__} runs (its result only sizes the list); a TypeError from it is ignored.
     */
    static void lengthHint(PyObject o) {
        if (o instanceof DerivedInstance d && d.derivedState().slot("__len__") != null) {
            try {
                o.len();
            } catch (PyException e) {
                if (!e.matches(PyExc.TypeError)) {
                    throw e;
                }
            }
        }
    }

    static PyObject call(PyObject method, PyObject self) {
        return method instanceof PyFunction f ? f.call1(self) : method.bindTo(self).call0();
    }

    static PyObject call(PyObject method, PyObject self, PyObject a) {
        return method instanceof PyFunction f ? f.call2(self, a) : method.bindTo(self).call1(a);
    }

    static PyObject call(PyObject method, PyObject self, PyObject a, PyObject b) {
        return method instanceof PyFunction f ? f.call3(self, a, b) : method.bindTo(self).call2(a, b);
    }

    static String compareName(CompareOp op) {
        return switch (op) {
            case LT -> "__lt__";
            case LE -> "__le__";
            case EQ -> "__eq__";
            case NE -> "__ne__";
            case GT -> "__gt__";
            case GE -> "__ge__";
        };
    }

    static long len(PyObject method, PyObject self) {
        PyInt n = ArgParser.index(call(method, self));
        if (n.asBig().signum() < 0) {
            throw PyErrors.valueError("__len__() should return >= 0");
        }
        return n.asLong();
    }

    static PyObject iter(PyObject method, PyObject self) {
        PyObject it = call(method, self);
        if (it.type().lookup("__next__") == null && !(it instanceof PyInstance) && it.iter() != it) {
            throw PyErrors.typeError("iter() returned non-iterator of type '%s'", it.type().name());
        }
        return it;
    }

    static String string(PyObject method, PyObject self, String name) {
        return Special.strResult(call(method, self), name);
    }

    static String format(PyObject method, PyObject self, String spec) {
        PyObject r = call(method, self, PyStr.of(spec));
        if (r instanceof PyStr s) {
            return s.value();
        }
        throw PyErrors.typeError("__format__ must return a str, not %s", r.type().name());
    }

    static boolean bool(PyObject method, PyObject self) {
        PyObject r = call(method, self);
        if (r instanceof PyBool b) {
            return b == PyBool.TRUE;
        }
        throw PyErrors.typeError("__bool__ should return bool, returned %s", r.type().name());
    }

    static long hash(PyObject method, PyObject self) {
        PyObject r = call(method, self);
        if (r instanceof PyInt i) {
            return i.isSmall() ? (i.value == -1 ? -2 : i.value) : i.hash();
        }
        throw PyErrors.typeError("__hash__ method should return an integer");
    }

    // ---- attributes ---------------------------------------------------------------------

    /**
     * {@code self.name} (CPython's PyObject_GenericGetAttr with the instance dict): the class's
     * {@code __getattribute__} if it defines one; else a data descriptor, the instance dict, the
     * type's attribute, the built-in's own attributes ({@code base}: int.real, ...); then
     * {@code __getattr__}.
     */
    static PyObject getAttr(DerivedInstance d, String name, Function<String, PyObject> base) {
        PyObject self = (PyObject) d;
        DerivedState s = d.derivedState();
        PyDict dict = s.visibleDict();
        if (name.equals("__dict__") && dict != null) {
            return dict;
        }
        if (name.equals("__class__")) {
            return s.type;
        }
        try {
            PyObject getattribute = s.type.guestOverride("__getattribute__");
            if (getattribute != null) {
                return Special.callWithSelf(getattribute, self, new PyObject[] {PyStr.of(name)}, null);
            }
            PyObject descr = s.type.lookup(name);
            if (descr != null && descr.isDataDescriptor()) {
                return descr.bindTo(self);
            }
            if (dict != null) {
                PyObject v = dict.tableGet(InternedNames.of(name));
                if (v != null) {
                    return v;
                }
            }
            return descr != null ? descr.bindTo(self) : base.apply(name);
        } catch (PyException e) {
            PyObject getattr = s.type.lookup("__getattr__");
            if (getattr == null || !e.matches(PyExc.AttributeError)) {
                throw e;
            }
            return Special.callWithSelf(getattr, self, new PyObject[] {PyStr.of(name)}, null);
        }
    }

    static void setAttr(DerivedInstance d, String name, PyObject value) {
        PyObject self = (PyObject) d;
        PyObject setattr = d.derivedState().type.guestOverride("__setattr__");
        if (setattr != null) {
            Special.callWithSelf(setattr, self, new PyObject[] {PyStr.of(name), value}, null);
            return;
        }
        InstanceAttributes.set(self, d.derivedState().visibleDict(), name, value);
    }

    static void delAttr(DerivedInstance d, String name) {
        PyObject self = (PyObject) d;
        PyObject delattr = d.derivedState().type.guestOverride("__delattr__");
        if (delattr != null) {
            Special.callWithSelf(delattr, self, new PyObject[] {PyStr.of(name)}, null);
            return;
        }
        InstanceAttributes.delete(self, d.derivedState().visibleDict(), name);
    }

    static java.util.List<String> attributeNames(DerivedInstance d) {
        java.util.List<String> names = new java.util.ArrayList<>();
        PyDict dict = d.derivedState().visibleDict();
        if (dict != null) {
            for (PyObject k : dict.entries().keySet()) {
                if (k instanceof PyStr s) {
                    names.add(s.value());
                }
            }
        }
        names.addAll(d.derivedState().type.memberNames());
        return names;
    }
}
