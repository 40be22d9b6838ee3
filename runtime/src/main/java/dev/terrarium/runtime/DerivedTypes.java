package dev.terrarium.runtime;

/**
 * The built-in types guest classes may derive from besides {@code object}, {@code type} and the
 * exceptions, and what deriving needs from them: {@code B.__new__(cls, ...)} that makes an
 * instance of the subclass ({@link DerivedInstance}), {@code B.__init__} of the mutable ones,
 * and descriptors of B's special methods ({@code B.__getitem__}, ...) that reach B's own
 * behaviour even on an instance whose class overrides them (so {@code super().__setitem__(k, v)}
 * works).
 */
final class DerivedTypes {
    private DerivedTypes() {}

    private static boolean installed;

    /** The special-method descriptors {@link #install} made: slot wrappers may take their place. */
    private static final java.util.Set<PyObject> DUNDER_DESCRIPTORS =
            java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    /** Whether {@code o} is one of this class's special-method descriptors (not a user's object). */
    static boolean isDunderDescriptor(PyObject o) {
        return o != null && DUNDER_DESCRIPTORS.contains(o);
    }

    /**
     * Whether a derived instance's own base behaviour answers {@code owner.dunder(self, *args)}:
     * {@code dunder} is one of the special methods of derivable built-in {@code owner} and
     * {@code argc} the count it takes.
     */
    static boolean answersForDerived(PyType owner, String dunder, int argc) {
        if (!isDerivable(owner)) {
            return false;
        }
        int n = DerivedDunders.NO_ARGUMENT.contains(dunder) ? 0 : dunder.equals("__setitem__") ? 2 : 1;
        if (argc != n) {
            return false;
        }
        for (String[] row : DerivedDunders.TABLE) {
            if (typeNamed(row[0]) == owner) {
                return (" " + row[1] + " ").contains(" " + dunder + " ");
            }
        }
        return false;
    }

    /** Whether guest classes may derive from built-in {@code t} (CPython: Py_TPFLAGS_BASETYPE). */
    static boolean isDerivable(PyType t) {
        return t == PyDict.TYPE || t == PyList.TYPE || t == PySet.TYPE || t == PyByteArray.TYPE || isImmutable(t);
    }

    private static boolean isImmutable(PyType t) {
        return t == PyTuple.TYPE || t == PyStr.TYPE || t == PyInt.TYPE || t == PyFloat.TYPE || t == PyComplex.TYPE
                || t == PyFrozenSet.TYPE || t == PyBytes.TYPE;
    }

    private static PyType typeNamed(String javaClass) {
        return switch (javaClass) {
            case "PyDict" -> PyDict.TYPE;
            case "PyList" -> PyList.TYPE;
            case "PySet" -> PySet.TYPE;
            case "PyByteArray" -> PyByteArray.TYPE;
            case "PyTuple" -> PyTuple.TYPE;
            case "PyStr" -> PyStr.TYPE;
            case "PyInt" -> PyInt.TYPE;
            case "PyFloat" -> PyFloat.TYPE;
            case "PyComplex" -> PyComplex.TYPE;
            case "PyFrozenSet" -> PyFrozenSet.TYPE;
            case "PyBytes" -> PyBytes.TYPE;
            default -> throw new IllegalArgumentException(javaClass);
        };
    }

    /** Puts {@code __new__}, {@code __init__} and the special methods into the built-in types' dicts (once). */
    static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        for (String[] row : DerivedDunders.TABLE) {
            PyType t = typeNamed(row[0]);
            for (String d : row[1].split(" ")) {
                PyMethodDescriptor descriptor = dunder(t, d, t.ownAttribute(d));
                DUNDER_DESCRIPTORS.add(descriptor);
                t.define(d, descriptor);
            }
            t.define("__new__", new PyBuiltinFunction("__new__", (a, k) -> newMethod(t, a, k)));
            if (!isImmutable(t)) {
                t.define("__hash__", PyNone.INSTANCE); // unhashable, as CPython's mutable built-ins
                t.define("__init__", new PyMethodDescriptor(t, "__init__", (self, a, k) -> {
                    init(t, self, a, k);
                    return PyNone.INSTANCE;
                }));
            }
        }
    }

    /**
     * {@code B.dunder} as a descriptor: on an instance of a derived class, B's own slot; on a
     * plain value, the method B had already (if any) or the value's slot.
     */
    private static PyMethodDescriptor dunder(PyType t, String d, PyObject existing) {
        int n = DerivedDunders.NO_ARGUMENT.contains(d) ? 0 : d.equals("__setitem__") ? 2 : 1;
        String qualified = t.name() + "." + d; // CPython's METH_O messages name the type: list.__getitem__()
        return new PyMethodDescriptor(t, d, (self, a, k) -> {
            if (self instanceof DerivedInstance derived) {
                ArgParser.noKeywords(qualified, k);
                ArgParser.arity(qualified, a, n, n);
                return derived.base(d, a);
            }
            if (existing instanceof PyMethodDescriptor m) {
                return m.invoke(self, a, k);
            }
            ArgParser.noKeywords(qualified, k);
            ArgParser.arity(qualified, a, n, n);
            return DerivedDunders.call(self, d, a);
        });
    }

    /** {@code B.__new__(cls, *args, **kwargs)}. */
    private static PyObject newMethod(PyType base, PyObject[] a, String[] k) {
        if (ArgParser.positionalCount(a, k) == 0) {
            throw PyErrors.typeError("%s.__new__(): not enough arguments", base.name());
        }
        if (!(a[0] instanceof PyType cls)) {
            throw PyErrors.typeError("%s.__new__(X): X is not a type object (%s)", base.name(), a[0].type().name());
        }
        if (!cls.isSubtypeOf(base)) {
            throw PyErrors.typeError("%s.__new__(%s): %s is not a subtype of %s", base.name(), cls.name(), cls.name(),
                    base.name());
        }
        PyObject[] rest = new PyObject[a.length - 1];
        System.arraycopy(a, 1, rest, 0, rest.length);
        return newInstance(cls, base, rest, k);
    }

    /** A new instance of {@code cls}, whose solid base is {@code base}: B.__new__'s work. */
    static PyObject newInstance(PyType cls, PyType base, PyObject[] args, String[] kwnames) {
        if (!cls.isUserDefined()) {
            return cls.constructor().construct(cls, args, kwnames);
        }
        if (cls.solidBase() != base) {
            throw PyErrors.typeError("%s.__new__(%s) is not safe, use %s.__new__()", base.name(), cls.name(),
                    cls.solidBase().name());
        }
        if (base == PyDict.TYPE) {
            return new DerivedDict(cls);
        }
        if (base == PyList.TYPE) {
            return new DerivedList(cls);
        }
        if (base == PySet.TYPE) {
            return new DerivedSet(cls);
        }
        if (base == PyByteArray.TYPE) {
            return new DerivedByteArray(cls);
        }
        PyObject v = base.constructor().construct(base, args, kwnames);
        if (v instanceof PyStr s) {
            return new DerivedStr(cls, s.value());
        }
        if (v instanceof PyInt i) {
            return new DerivedInt(cls, i);
        }
        if (v instanceof PyFloat f) {
            return new DerivedFloat(cls, f.value);
        }
        if (v instanceof PyComplex c) {
            return new DerivedComplex(cls, c.real, c.imag);
        }
        if (v instanceof PyTuple t) {
            return new DerivedTuple(cls, t.toArray());
        }
        if (v instanceof PyBytes b) {
            return new DerivedBytes(cls, b.array());
        }
        DerivedFrozenSet f = new DerivedFrozenSet(cls);
        f.table.merge(((PyAnySet) v).table);
        return f;
    }

    /** {@code B.__init__(self, *args, **kwargs)} of the mutable built-ins (CPython list___init__, dict_init...). */
    private static void init(PyType base, PyObject self, PyObject[] a, String[] k) {
        PyObject value = base.constructor().construct(base, a, k);
        if (self instanceof PyList list) {
            PyList l = (PyList) value;
            list.setContents(l.toArray(), l.size());
        } else if (self instanceof PyDict dict) {
            for (java.util.Map.Entry<PyObject, PyObject> e : ((PyDict) value).entries().entrySet()) {
                dict.put(e.getKey(), e.getValue());
            }
        } else if (self instanceof PySet set) {
            set.table.clear();
            set.table.merge(((PyAnySet) value).table);
        } else {
            ((PyByteArray) self).setValue(((PyByteArray) value).toByteArray());
        }
    }

    static PyObject none(Runnable action) {
        action.run();
        return PyNone.INSTANCE;
    }

    static String spec(PyObject o) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        throw PyErrors.typeError("__format__() argument must be str, not %s", o.type().name());
    }
}
