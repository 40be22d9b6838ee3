package dev.terrarium.runtime;

import java.util.List;

/**
 * The attributes and methods of {@code type} itself (compare CPython's {@code type_getsets},
 * {@code type_members} and {@code type_methods}): {@code __name__}, {@code __bases__}... as
 * entries of its dict, {@code mro()}, {@code __subclasses__()}, {@code __instancecheck__},
 * {@code __subclasscheck__}, {@code __prepare__}, {@code __annotations__} and
 * {@code __abstractmethods__}. PyType answers the names it computes itself before its dict.
 */
final class TypeAttributes {
    private TypeAttributes() {}

    static void install(PyType type) {
        for (String name : new String[] {"__name__", "__qualname__", "__module__", "__bases__", "__base__", "__mro__", "__dict__"}) {
            BuiltinNames.getset(type, name, t -> t.getAttr(name));
        }
        BuiltinNames.getset(type, "__abstractmethods__", t -> {
            PyObject v = t != PyType.TYPE ? ((PyType) t).ownAttribute("__abstractmethods__") : null;
            if (v == null) {
                throw PyErrors.attributeError("__abstractmethods__");
            }
            return v;
        });
        BuiltinNames.getset(type, "__annotations__", t -> annotations((PyType) t));
        BuiltinNames.getset(type, "__text_signature__", t -> BuiltinSignatures.ofType((PyType) t));
        BuiltinNames.method(type, "mro", (s, a, k) -> {
            ArgParser.noArgs("type.mro", a, k);
            return new PyList(((PyType) s).mro());
        });
        BuiltinNames.method(type, "__subclasses__", (s, a, k) -> {
            ArgParser.noArgs("type.__subclasses__", a, k);
            List<PyType> subs = ((PyType) s).liveSubclasses();
            return new PyList(subs.toArray(new PyObject[0]));
        });
        BuiltinNames.method(type, "__instancecheck__", (s, a, k) -> {
            ArgParser.noKeywords("type.__instancecheck__", k);
            ArgParser.arity("type.__instancecheck__", a, 1, 1);
            return PyBool.of(a[0].type().isSubtypeOf((PyType) s));
        });
        BuiltinNames.method(type, "__subclasscheck__", (s, a, k) -> {
            ArgParser.noKeywords("type.__subclasscheck__", k);
            ArgParser.arity("type.__subclasscheck__", a, 1, 1);
            if (!(a[0] instanceof PyType sub)) {
                throw PyErrors.typeError("issubclass() arg 1 must be a class");
            }
            return PyBool.of(sub.isSubtypeOf((PyType) s));
        });
        SlotWrappers.install(type, "__or__", "__ror__");
        // type.__setattr__/__delattr__: what a metaclass's own hooks reach through super()
        BuiltinNames.define(type, "__setattr__", PySlotWrapper.exact(type, "__setattr__", 2, (s, a, k) -> {
            ((PyType) s).typeSetAttr(ObjectMethods.attrName(a[0]), a[1]);
            return PyNone.INSTANCE;
        }));
        BuiltinNames.define(type, "__delattr__", PySlotWrapper.exact(type, "__delattr__", 1, (s, a, k) -> {
            ((PyType) s).typeDelAttr(ObjectMethods.attrName(a[0]));
            return PyNone.INSTANCE;
        }));
        BuiltinNames.define(type, "__prepare__", new PyClassMethod(new PyBuiltinFunction("__prepare__", (a, k) -> new PyDict())));
    }

    /**
     * {@code cls.__annotations__}: a class's own annotations dict, made empty and stored on first
     * access (CPython 3.10+ type_get_annotations); built-in types have none.
     */
    private static PyObject annotations(PyType t) {
        if (!t.isUserDefined()) {
            throw PyErrors.attributeError("type object '%s' has no attribute '__annotations__'", t.name());
        }
        PyObject own = t.ownAttribute("__annotations__");
        if (own != null) {
            return own.bindToClass(t);
        }
        PyDict fresh = new PyDict();
        t.typeSetAttr("__annotations__", fresh);
        return fresh;
    }
}
