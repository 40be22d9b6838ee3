package dev.terrarium.runtime;

/**
 * The methods of {@code object} that subclasses reach through {@code super()} or by
 * default: {@code __init__}, {@code __new__}, {@code __repr__}, {@code __str__},
 * {@code __eq__}, {@code __ne__}, {@code __hash__}, {@code __setattr__},
 * {@code __getattribute__}, {@code __delattr__} (compare CPython {@code object_methods}).
 */
final class ObjectMethods {
    private ObjectMethods() {}

    private static void def(PyType t, String name, PyMethodDescriptor.Body body) {
        t.define(name, new PyMethodDescriptor(t, name, body));
    }

    static void install(PyType t) {
        def(t, "__init__", (s, a, k) -> {
            if (a.length > 0 && s.type().lookup("__new__") == null) {
                throw PyErrors.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
            }
            return PyNone.INSTANCE;
        });
        t.define("__new__", new PyBuiltinFunction("__new__", (a, k) -> {
            if (a.length == 0 || !(a[0] instanceof PyType cls)) {
                throw PyErrors.typeError("object.__new__(X): X is not a type object");
            }
            PyObject[] rest = new PyObject[a.length - 1];
            System.arraycopy(a, 1, rest, 0, rest.length);
            return TypeCalls.newInstance(cls, rest);
        }));
        // Built-in values answer with their own slots (int.__repr__ and friends are not
        // separate entries of their types' dicts yet); instances of classes get object's.
        // (an instance of a class deriving from a built-in reaches these only when the built-in
        // lacks the method, or explicitly: object.__str__ is repr(self), as CPython's object_str)
        def(t, "__repr__", (s, a, k) -> PyStr.of(isPlain(s) || s instanceof DerivedInstance ? PyInstance.defaultRepr(s) : s.repr()));
        def(t, "__str__", (s, a, k) -> PyStr.of(isPlain(s) || s instanceof DerivedInstance ? s.repr() : s.str()));
        def(t, "__eq__", (s, a, k) -> {
            ArgParser.arity("__eq__", a, 1, 1);
            if (!isPlain(s)) {
                return s.richCompare(a[0], CompareOp.EQ);
            }
            return s == a[0] ? PyBool.TRUE : PyNotImplemented.INSTANCE;
        });
        def(t, "__ne__", (s, a, k) -> {
            ArgParser.arity("__ne__", a, 1, 1);
            PyObject eq = s.richCompare(a[0], CompareOp.EQ);
            return eq == PyNotImplemented.INSTANCE ? eq : PyBool.of(!Ops.isTrue(eq));
        });
        def(t, "__hash__", (s, a, k) -> PyInt.of(isPlain(s) ? System.identityHashCode(s) >>> 4 : s.hash()));
        def(t, "__setattr__", (s, a, k) -> {
            ArgParser.arity("__setattr__", a, 2, 2);
            String name = attrName(a[0]);
            if (s instanceof PyInstance i) {
                InstanceAttributes.set(s, i.visibleDict(), name, a[1]);
            } else if (s instanceof DerivedInstance d) {
                InstanceAttributes.set(s, d.derivedState().visibleDict(), name, a[1]);
            } else if (s instanceof PyBaseException e) {
                InstanceAttributes.set(s, e.instanceDict(), name, a[1]);
            } else if (s instanceof PyType) {
                // CPython's hackcheck: a class's attributes are type.__setattr__'s
                throw PyErrors.typeError("can't apply this __setattr__ to %s object", s.type().name());
            } else {
                s.setAttr(name, a[1]);
            }
            return PyNone.INSTANCE;
        });
        def(t, "__delattr__", (s, a, k) -> {
            ArgParser.arity("__delattr__", a, 1, 1);
            String name = attrName(a[0]);
            if (s instanceof PyInstance i) {
                InstanceAttributes.delete(s, i.visibleDict(), name);
            } else if (s instanceof DerivedInstance d) {
                InstanceAttributes.delete(s, d.derivedState().visibleDict(), name);
            } else if (s instanceof PyType) {
                throw PyErrors.typeError("can't apply this __delattr__ to %s object", s.type().name());
            } else {
                s.delAttr(name);
            }
            return PyNone.INSTANCE;
        });
        def(t, "__getattribute__", (s, a, k) -> {
            ArgParser.arity("__getattribute__", a, 1, 1);
            String name = attrName(a[0]);
            if (s instanceof PyInstance i) {
                if (name.equals("__dict__") && i.visibleDict() != null) {
                    return i.dict;
                }
                return InstanceAttributes.get(s, i.visibleDict(), name);
            }
            if (s instanceof DerivedInstance d) {
                PyDict dict = d.derivedState().visibleDict();
                if (name.equals("__dict__") && dict != null) {
                    return dict;
                }
                return InstanceAttributes.get(s, dict, name);
            }
            return s.getAttr(name);
        });
        t.define("__init_subclass__", new PyClassMethod(new PyBuiltinFunction("__init_subclass__", (a, k) -> PyNone.INSTANCE)));
    }

    /** Whether {@code o} uses object's own behaviour (an instance of a class, or of object itself). */
    private static boolean isPlain(PyObject o) {
        return o instanceof PyInstance || o instanceof PyPlainObject
                || (o instanceof PyBaseException && o.type().isUserDefined());
    }

    static String attrName(PyObject o) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        throw PyErrors.typeError("attribute name must be string, not '%s'", o.type().name());
    }
}
