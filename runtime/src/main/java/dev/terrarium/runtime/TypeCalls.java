package dev.terrarium.runtime;

/**
 * Calling a class defined by guest code: {@code __new__} then {@code __init__}
 * (compare CPython {@code type_call}, {@code object_new}, {@code object_init}).
 */
final class TypeCalls {
    private TypeCalls() {}

    static PyObject instantiate(PyType type, PyObject[] args, String[] kwnames) {
        PyObject newMethod = type.lookup("__new__");
        PyObject init = type.lookup("__init__");
        boolean userNew = newMethod instanceof PyStaticMethod;
        boolean userInit = init instanceof PyFunction || init instanceof PyInstance;
        PyObject obj;
        if (userNew) {
            PyObject[] all = new PyObject[args.length + 1];
            all[0] = type;
            System.arraycopy(args, 0, all, 1, args.length);
            obj = ((PyStaticMethod) newMethod).function.call(all, kwnames);
        } else if (type.solidBase() == PyType.TYPE) {
            obj = typeNew(type, args, kwnames);
        } else if (DerivedTypes.isDerivable(type.solidBase())) {
            obj = DerivedTypes.newInstance(type, type.solidBase(), args, kwnames);
        } else {
            if (args.length > 0 && !userInit && type.solidBase() == PyType.OBJECT) {
                throw PyErrors.typeError("%s() takes no arguments", type.name());
            }
            obj = newInstance(type, args);
        }
        if (userNew && !userInit && obj instanceof PyBaseException && obj.type().isSubtypeOf(type)
                && init instanceof PyMethodDescriptor builtinInit) {
            // BaseException.__init__ (or BaseExceptionGroup's) still runs: it sets args.
            builtinInit.invoke(obj, args, kwnames);
        }
        if (!userInit && DerivedSlots.isDerived(obj) && obj.type().isSubtypeOf(type)
                && init instanceof PyMethodDescriptor builtinInit) {
            // list.__init__, dict.__init__...: fill the new instance from the arguments
            builtinInit.invoke(obj, args, kwnames);
        }
        if (obj.type().isSubtypeOf(type) && userInit) {
            PyObject r = Special.callWithSelf(init, obj, args, kwnames);
            if (r != PyNone.INSTANCE) {
                throw PyErrors.typeError("__init__() should return None, not '%s'", r.type().name());
            }
        }
        return obj;
    }

    /** {@code object.__new__(type)} or {@code BaseException.__new__(type, *args)}. */
    static PyObject newInstance(PyType type, PyObject[] args) {
        if (!type.isUserDefined()) {
            if (type == PyType.OBJECT) {
                return new PyPlainObject(type);
            }
            if (type.isSubtypeOf(PyExc.BaseException)) {
                return PyExc.create(type, args);
            }
            throw PyErrors.typeError("object.__new__(%s) is not safe, use %s.__new__()", type.name(), type.name());
        }
        PyType solid = type.solidBase();
        if (solid == PyExc.BaseException) {
            return PyExc.create(type, args);
        }
        if (solid != PyType.OBJECT) {
            throw PyErrors.typeError("object.__new__(%s) is not safe, use %s.__new__()", type.name(), solid.name());
        }
        return new PyInstance(type);
    }

    /**
     * The methods of {@code type} that a metaclass reaches through {@code super()}:
     * {@code __new__(mcs, name, bases, ns, **kw)}, {@code __init__} and {@code __call__}.
     */
    static void installTypeMethods(PyType type) {
        type.define("__new__", new PyBuiltinFunction("__new__", (a, k) -> {
            if (a.length == 0 || !(a[0] instanceof PyType mcs) || !mcs.isSubtypeOf(PyType.TYPE)) {
                throw PyErrors.typeError("type.__new__(X): X is not a type object (%s)",
                        a.length == 0 ? "nothing" : a[0].type().name());
            }
            PyObject[] rest = new PyObject[a.length - 1];
            System.arraycopy(a, 1, rest, 0, rest.length);
            return typeNew(mcs, rest, k);
        }));
        type.define("__init__", new PyMethodDescriptor(type, "__init__", (self, a, k) -> {
            int positional = a.length - (k == null ? 0 : k.length);
            if (positional != 1 && positional != 3) {
                throw PyErrors.typeError("type.__init__() takes 1 or 3 arguments");
            }
            return PyNone.INSTANCE;
        }));
        type.define("__call__", new PyMethodDescriptor(type, "__call__", (self, a, k) ->
                ((PyType) self).callDefault(a, k)));
    }

    /**
     * {@code type.__new__(mcs, name, bases, ns, **kwargs)}: a new class whose type is
     * {@code mcs}; its {@code __class__} cell is filled and the bases'
     * {@code __init_subclass__} run with {@code kwargs} (CPython type_new).
     */
    static PyObject typeNew(PyType mcs, PyObject[] args, String[] kwnames) {
        int positional = args.length - (kwnames == null ? 0 : kwnames.length);
        if (positional != 3) {
            throw PyErrors.typeError("type.__new__() takes exactly 3 arguments (%d given)", positional);
        }
        PyObject cls = typeNew(mcs, args[0], args[1], args[2]);
        PyDict kwargs = new PyDict();
        for (int i = 0; kwnames != null && i < kwnames.length; i++) {
            kwargs.put(PyStr.of(kwnames[i]), args[positional + i]);
        }
        PyType t = (PyType) cls;
        PyObject cell = t.ownAttribute("__classcell__");
        if (cell instanceof PyCell c) {
            c.value = t;
            t.removeOwn("__classcell__");
        }
        Ops.initSubclass(t, kwargs);
        return cls;
    }

    /** {@code type(name, bases, dict)}. */
    static PyObject typeNew(PyType metatype, PyObject name, PyObject bases, PyObject dict) {
        if (!(name instanceof PyStr n)) {
            throw PyErrors.typeError("type.__new__() argument 1 must be str, not %s", name.type().name());
        }
        if (!(bases instanceof PyTuple b)) {
            throw PyErrors.typeError("type.__new__() argument 2 must be tuple, not %s", bases.type().name());
        }
        if (!(dict instanceof PyDict d)) {
            throw PyErrors.typeError("type.__new__() argument 3 must be dict, not %s", dict.type().name());
        }
        PyType[] types = new PyType[b.size()];
        for (int i = 0; i < types.length; i++) {
            if (!(b.get(i) instanceof PyType t)) {
                throw PyErrors.typeError("bases must be types");
            }
            types[i] = t;
        }
        return PyType.newClass(metatype, n.value(), n.value(), types, d);
    }
}
