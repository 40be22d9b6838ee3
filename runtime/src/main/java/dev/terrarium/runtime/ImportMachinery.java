package dev.terrarium.runtime;

/**
 * {@code builtins.__loader__} and {@code builtins.__spec__}: a class standing for CPython's
 * {@code _frozen_importlib.BuiltinImporter} (with its class and static methods) and the
 * {@code ModuleSpec} of the builtins module. There is no importlib machinery behind them:
 * {@code find_spec} answers for the modules built into the runtime, {@code create_module} and
 * {@code load_module} import through the sandbox's own import, and the rest answer as CPython's
 * do for built-in modules (no code, no source, not packages). See docs/DIFFERENCES.md.
 */
final class ImportMachinery {
    private ImportMachinery() {}

    private static final String MODULE = "_frozen_importlib";
    private static PyType builtinImporter;
    private static PyType moduleSpec;

    /** The BuiltinImporter class (made once). */
    static synchronized PyType builtinImporter() {
        if (builtinImporter == null) {
            builtinImporter = makeImporter();
        }
        return builtinImporter;
    }

    /** The ModuleSpec class (made once). */
    static synchronized PyType moduleSpec() {
        if (moduleSpec == null) {
            moduleSpec = makeModuleSpec();
        }
        return moduleSpec;
    }

    private static PyType newClass(String name, String doc) {
        PyDict ns = new PyDict();
        ns.put(PyStr.of("__module__"), PyStr.of(MODULE));
        ns.put(PyStr.of("__qualname__"), PyStr.of(name));
        ns.put(PyStr.of("__doc__"), PyStr.of(doc));
        return (PyType) Ops.makeClass(name, PyObject.NO_ARGS, null, ns);
    }

    private static PyObject classMethod(String name, int min, int max, PyBuiltinFunction.Body body) {
        return new PyClassMethod(new PyBuiltinFunction(name, (a, k) -> {
            ArgParser.noKeywords(name, k);
            ArgParser.arity(name, a, min + 1, max + 1);
            return body.call(a, k);
        }));
    }

    private static PyObject staticMethod(String name, int min, int max, PyBuiltinFunction.Body body) {
        return new PyStaticMethod(new PyBuiltinFunction(name, (a, k) -> {
            ArgParser.noKeywords(name, k);
            ArgParser.arity(name, a, min, max);
            return body.call(a, k);
        }));
    }

    private static String str(PyObject o) {
        return o instanceof PyStr s ? s.value() : Ops.str(o);
    }

    private static PyType makeImporter() {
        PyType t = newClass("BuiltinImporter", "Meta path import for built-in modules.\n\n    All methods are either"
                + " class or static methods to avoid the need to\n    instantiate the class.\n\n    ");
        t.setAttr("_ORIGIN", PyStr.of("built-in"));
        // the instance dict and weak-reference slots CPython's class statement gives a class
        t.setAttr("__dict__", new PyGetSetDescriptor(t, "__dict__", o -> {
            PyDict d = o instanceof PyInstance i ? i.visibleDict() : null;
            if (d == null) {
                throw PyErrors.noAttribute(o, "__dict__");
            }
            return d;
        }));
        t.setAttr("__weakref__", new PyGetSetDescriptor(t, "__weakref__", o -> PyNone.INSTANCE));
        t.setAttr("find_spec", classMethod("find_spec", 1, 3, (a, k) ->
                a[1] instanceof PyStr n && Imports.isBuiltinModule(n.value()) ? spec(n.value()) : PyNone.INSTANCE));
        t.setAttr("find_module", classMethod("find_module", 1, 2, (a, k) ->
                a[1] instanceof PyStr n && Imports.isBuiltinModule(n.value()) ? a[0] : PyNone.INSTANCE));
        t.setAttr("create_module", staticMethod("create_module", 1, 1, (a, k) -> {
            String name = str(Ops.getAttr(a[0], "name"));
            if (!Imports.isBuiltinModule(name)) {
                PyBaseException e = PyExc.create(PyExc.ImportError, PyStr.of(PyStr.of(name).repr() + " is not a built-in module"));
                e.setAttr("name", PyStr.of(name));
                throw new PyException(e);
            }
            return Imports.importAbsolute(name);
        }));
        t.setAttr("exec_module", staticMethod("exec_module", 1, 1, (a, k) -> PyNone.INSTANCE));
        t.setAttr("get_code", classMethod("get_code", 1, 1, (a, k) -> PyNone.INSTANCE));
        t.setAttr("get_source", classMethod("get_source", 1, 1, (a, k) -> PyNone.INSTANCE));
        t.setAttr("is_package", classMethod("is_package", 1, 1, (a, k) -> PyBool.FALSE));
        t.setAttr("load_module", classMethod("load_module", 1, 1, (a, k) -> {
            String name = str(a[1]);
            if (!Imports.isBuiltinModule(name)) {
                PyBaseException e = PyExc.create(PyExc.ImportError, PyStr.of(PyStr.of(name).repr() + " is not a built-in module"));
                e.setAttr("name", PyStr.of(name));
                throw new PyException(e);
            }
            return Imports.importAbsolute(name);
        }));
        t.setAttr("module_repr", staticMethod("module_repr", 1, 1, (a, k) ->
                PyStr.of("<module " + PyStr.of(str(Ops.getAttr(a[0], "__name__"))).repr() + " (built-in)>")));
        return t;
    }

    /** {@code ModuleSpec(name, BuiltinImporter, origin='built-in')}. */
    static PyObject spec(String name) {
        PyType t = moduleSpec();
        return t.call(new PyObject[] {PyStr.of(name), builtinImporter(), PyStr.of("built-in")}, new String[] {"origin"});
    }

    private static PyType makeModuleSpec() {
        PyType t = newClass("ModuleSpec", "The specification for a module, used for loading.");
        // made and filled by __new__: the instance-making path of guest classes wants a guest __init__
        t.setAttr("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (all, k) -> {
            if (all.length == 0 || !(all[0] instanceof PyType cls) || !cls.isSubtypeOf(t)) {
                throw PyErrors.typeError("ModuleSpec.__new__(X): X is not a subtype of ModuleSpec");
            }
            PyObject s = TypeCalls.newInstance(cls, PyObject.NO_ARGS);
            PyObject[] a = java.util.Arrays.copyOfRange(all, 1, all.length);
            String[] names = {"name", "loader", "origin", "loader_state", "is_package"};
            PyObject[] values = {null, null, PyNone.INSTANCE, PyNone.INSTANCE, PyNone.INSTANCE};
            int npos = ArgParser.positionalCount(a, k);
            if (npos != 2) {
                throw PyErrors.typeError("ModuleSpec.__init__() takes 3 positional arguments but %d were given", npos + 1);
            }
            values[0] = a[0];
            values[1] = a[1];
            for (int i = 0; k != null && i < k.length; i++) {
                int at = java.util.Arrays.asList(names).indexOf(k[i]);
                if (at < 2) {
                    throw PyErrors.typeError("ModuleSpec.__init__() got an unexpected keyword argument '%s'", k[i]);
                }
                values[at] = a[npos + i];
            }
            s.setAttr("name", values[0]);
            s.setAttr("loader", values[1]);
            s.setAttr("origin", values[2]);
            s.setAttr("loader_state", values[3]);
            s.setAttr("submodule_search_locations", Ops.isTrue(values[4]) ? new PyList() : PyNone.INSTANCE);
            s.setAttr("_uninitialized_submodules", new PyList());
            s.setAttr("_set_fileattr", PyBool.FALSE);
            s.setAttr("_cached", PyNone.INSTANCE);
            return s;
        })));
        t.setAttr("__repr__", new PyMethodDescriptor(t, "__repr__", (s, a, k) -> {
            ArgParser.noArgs("__repr__", a, k);
            StringBuilder b = new StringBuilder("ModuleSpec(name=").append(Ops.repr(Ops.getAttr(s, "name")))
                    .append(", loader=").append(Ops.repr(Ops.getAttr(s, "loader")));
            PyObject origin = Ops.getAttr(s, "origin");
            if (origin != PyNone.INSTANCE) {
                b.append(", origin=").append(Ops.repr(origin));
            }
            PyObject locations = Ops.getAttr(s, "submodule_search_locations");
            if (locations != PyNone.INSTANCE) {
                b.append(", submodule_search_locations=").append(Ops.repr(locations));
            }
            return PyStr.of(b.append(')').toString());
        }));
        t.setAttr("__eq__", new PyMethodDescriptor(t, "__eq__", (s, a, k) -> {
            ArgParser.arity("__eq__", a, 1, 1);
            PyObject o = a[0];
            if (!o.type().isSubtypeOf(t)) {
                return PyNotImplemented.INSTANCE;
            }
            for (String n : new String[] {"name", "loader", "origin", "submodule_search_locations", "cached",
                "has_location"}) {
                if (!Ops.eq(Ops.getAttr(s, n), Ops.getAttr(o, n))) {
                    return PyBool.FALSE;
                }
            }
            return PyBool.TRUE;
        }));
        t.setAttr("__hash__", PyNone.INSTANCE);
        t.setAttr("parent", new PyProperty(new PyBuiltinFunction("parent", (a, k) -> {
            PyObject name = Ops.getAttr(a[0], "name");
            if (Ops.getAttr(a[0], "submodule_search_locations") != PyNone.INSTANCE) {
                return name;
            }
            String n = str(name);
            int dot = n.lastIndexOf('.');
            return PyStr.of(dot < 0 ? "" : n.substring(0, dot));
        }), PyNone.INSTANCE, PyNone.INSTANCE, PyNone.INSTANCE));
        t.setAttr("has_location", new PyProperty(new PyBuiltinFunction("has_location",
                (a, k) -> Ops.getAttr(a[0], "_set_fileattr")), PyNone.INSTANCE, PyNone.INSTANCE, PyNone.INSTANCE));
        t.setAttr("cached", new PyProperty(new PyBuiltinFunction("cached", (a, k) -> Ops.getAttr(a[0], "_cached")),
                PyNone.INSTANCE, PyNone.INSTANCE, PyNone.INSTANCE));
        return t;
    }
}
