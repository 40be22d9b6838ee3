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
        return new PyInstance(type);
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
