package dev.terrarium.runtime;

/**
 * The attributes of functions, methods, built-in functions, generators, classmethod,
 * staticmethod, property, super and modules as entries of their types' dicts (compare the
 * getset and member tables of CPython's funcobject.c, classobject.c, methodobject.c,
 * genobject.c, descrobject.c, typeobject.c and moduleobject.c). Each getter reads what the
 * object already answers in its own {@code getAttr}.
 */
final class CallableAttributes {
    private CallableAttributes() {}

    static void install() {
        for (String name : new String[] {"__name__", "__qualname__", "__defaults__", "__kwdefaults__", "__closure__",
            "__module__", "__globals__", "__dict__", "__code__", "__annotations__"}) {
            BuiltinNames.getset(PyFunction.TYPE, name, f -> f.getAttr(name));
        }
        BuiltinNames.getset(PyFunction.TYPE, "__builtins__", f -> Builtins.DICT);
        for (String name : new String[] {"__func__", "__self__"}) {
            BuiltinNames.getset(PyMethod.TYPE, name, m -> m.getAttr(name));
        }
        BuiltinNames.getset(PyBuiltinFunction.TYPE, "__name__", f -> PyStr.of(builtinName(f, false)));
        BuiltinNames.getset(PyBuiltinFunction.TYPE, "__qualname__", f -> PyStr.of(builtinName(f, true)));
        // CPython's m_self and m_module: the module for a module's function, the object for a bound method
        BuiltinNames.getset(PyBuiltinFunction.TYPE, "__self__", f -> f instanceof PyMethodDescriptor.PyBoundBuiltin b
                ? b.self() : ((PyBuiltinFunction) f).module());
        BuiltinNames.getset(PyBuiltinFunction.TYPE, "__module__", f -> f instanceof PyMethodDescriptor.PyBoundBuiltin
                ? PyNone.INSTANCE : PyStr.of(((PyBuiltinFunction) f).module().name()));
        BuiltinNames.getset(PyBuiltinFunction.TYPE, "__text_signature__", f -> f instanceof PyMethodDescriptor.PyBoundBuiltin b
                ? b.textSignature() : BuiltinSignatures.ofFunction(((PyBuiltinFunction) f).module().name(), ((PyBuiltinFunction) f).name()));
        for (String name : new String[] {"__name__", "__qualname__"}) {
            BuiltinNames.getset(PyGenerator.TYPE, name, g -> g.getAttr(name));
        }
        for (String name : new String[] {"gi_running", "gi_code", "gi_frame", "gi_suspended", "gi_yieldfrom"}) {
            BuiltinNames.getset(PyGenerator.TYPE, name, g -> g.getAttr(name));
        }
        // CPython's tp_finalize: closes a generator, coroutine or async generator dropped
        // unfinished. Terrarium never calls it itself (see docs/DIFFERENCES.md); called
        // explicitly it does what CPython's _PyGen_Finalize does.
        for (PyType t : new PyType[] {PyGenerator.TYPE, PyCoroutine.TYPE, PyAsyncGenerator.TYPE}) {
            BuiltinNames.method(t, "__del__", (s, a, k) -> {
                // a slot wrapper's checks (CPython's wrap_del)
                ArgParser.noKeywords("wrapper __del__", k);
                if (a.length != 0) {
                    throw PyErrors.typeError("expected 0 arguments, got %d", a.length);
                }
                ((PyGenerator) s).finalizeBody();
                return PyNone.INSTANCE;
            });
        }
        for (PyType t : new PyType[] {PyClassMethod.TYPE, PyStaticMethod.TYPE}) {
            BuiltinNames.getset(t, "__func__", d -> d.getAttr("__func__"));
            BuiltinNames.getset(t, "__wrapped__", d -> d.getAttr("__func__"));
            BuiltinNames.getset(t, "__isabstractmethod__", d -> isAbstract(d.getAttr("__func__")));
            BuiltinNames.getset(t, "__dict__", d -> d.getAttr("__dict__"));
        }
        for (String name : new String[] {"fget", "fset", "fdel"}) {
            BuiltinNames.getset(PyProperty.TYPE, name, p -> p.getAttr(name));
        }
        BuiltinNames.getset(PyProperty.TYPE, "__isabstractmethod__", p -> {
            for (String part : new String[] {"fget", "fset", "fdel"}) {
                if (isAbstract(p.getAttr(part)) == PyBool.TRUE) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        });
        BuiltinNames.method(PyProperty.TYPE, "__set_name__", (s, a, k) -> {
            ArgParser.noKeywords("__set_name__", k);
            ArgParser.arity("__set_name__", a, 2, 2);
            return PyNone.INSTANCE;
        });
        BuiltinNames.getset(PySuper.TYPE, "__thisclass__", s -> ((PySuper) s).thisClass());
        BuiltinNames.getset(PySuper.TYPE, "__self__", s -> orNone(((PySuper) s).boundObject()));
        BuiltinNames.getset(PySuper.TYPE, "__self_class__", s -> {
            PyObject obj = ((PySuper) s).boundObject();
            if (obj == null) {
                return PyNone.INSTANCE;
            }
            return obj instanceof PyType t && t.isSubtypeOf(((PySuper) s).thisClass()) ? t : obj.type();
        });
        BuiltinNames.getset(PyModule.TYPE, "__dict__", m -> ((PyModule) m).dict());
        BuiltinNames.getset(PyModule.TYPE, "__annotations__", m -> {
            // CPython 3.10+: the module's own dict entry, made empty and stored on first access
            PyDict d = ((PyModule) m).dict();
            PyObject own = d.get(PyStr.of("__annotations__"));
            if (own == null) {
                own = new PyDict();
                d.put(PyStr.of("__annotations__"), own);
            }
            return own;
        });
    }

    private static String builtinName(PyObject f, boolean qualified) {
        if (f instanceof PyMethodDescriptor.PyBoundBuiltin b) {
            return qualified ? b.qualname() : b.name();
        }
        return ((PyBuiltinFunction) f).name();
    }

    /** {@code getattr(f, '__isabstractmethod__', False)} as a bool. */
    static PyObject isAbstract(PyObject f) {
        try {
            return PyBool.of(Ops.isTrue(f.getAttr("__isabstractmethod__")));
        } catch (PyException e) {
            if (e.matches(PyExc.AttributeError)) {
                return PyBool.FALSE;
            }
            throw e;
        }
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.INSTANCE : o;
    }
}
