package dev.terrarium.runtime;

/**
 * The {@code builtins} namespace: functions, types and exceptions every module sees
 * (compare CPython {@code Python/bltinmodule.c}).
 */
public final class Builtins {
    private Builtins() {}

    public static final PyDict DICT = new PyDict();

    private static PyModule module;

    /** The {@code builtins} module: one object, whose namespace is {@link #DICT}. */
    public static synchronized PyModule module() {
        if (module == null) {
            module = new PyModule("builtins", DICT, null);
        }
        return module;
    }

    private static void put(String name, PyObject value) {
        DICT.put(PyStr.of(name), value);
    }

    private static void fn(String name, PyBuiltinFunction.Body body) {
        put(name, new PyBuiltinFunction(name, body));
    }

    static {
        DerivedTypes.install();
        put("None", PyNone.INSTANCE);
        put("True", PyBool.TRUE);
        put("False", PyBool.FALSE);
        put("NotImplemented", PyNotImplemented.INSTANCE);
        put("Ellipsis", PyEllipsis.INSTANCE);
        put("object", PyType.OBJECT);
        put("type", PyType.TYPE);
        put("int", PyInt.TYPE);
        put("bool", PyBool.TYPE);
        put("float", PyFloat.TYPE);
        put("str", PyStr.TYPE);
        put("list", PyList.TYPE);
        put("tuple", PyTuple.TYPE);
        put("dict", PyDict.TYPE);
        put("range", PyRange.TYPE);
        put("slice", PySlice.TYPE);
        put("complex", PyComplex.TYPE);
        put("bytes", PyBytes.TYPE);
        put("bytearray", PyByteArray.TYPE);
        put("memoryview", PyMemoryView.TYPE);
        put("set", PySet.TYPE);
        put("frozenset", PyFrozenSet.TYPE);
        put("staticmethod", PyStaticMethod.TYPE);
        put("classmethod", PyClassMethod.TYPE);
        put("property", PyProperty.TYPE);
        put("super", PySuper.TYPE);
        for (PyType t : PyExc.all()) {
            put(t.name(), t);
        }
        PyGenericAlias.installOn(PyList.TYPE, PyTuple.TYPE, PyDict.TYPE, PySet.TYPE, PyFrozenSet.TYPE);
        fn("print", BuiltinFunctions::print);
        fn("open", PyFiles::open);
        fn("input", BuiltinFunctions::input);
        fn("format", StrFormat::formatBuiltin);
        put("ascii", PyBuiltinFunction.of1("ascii", o -> PyStr.of(dev.terrarium.runtime.text.StrRepr.escapeNonAscii(Ops.repr(o)))));
        put("len", PyBuiltinFunction.of1("len", o -> PyInt.of(o.len())));
        put("repr", PyBuiltinFunction.of1("repr", o -> PyStr.of(Ops.repr(o))));
        put("abs", PyBuiltinFunction.of1("abs", PyObject::abs));
        put("hash", PyBuiltinFunction.of1("hash", o -> PyInt.of(Ops.hash(o))));
        fn("iter", IteratorTypes::iter);
        put("callable", PyBuiltinFunction.of1("callable", ObjectBuiltins::callable));
        put("ord", PyBuiltinFunction.of1("ord", BuiltinFunctions::ord));
        put("chr", PyBuiltinFunction.of1("chr", BuiltinFunctions::chr));
        put("hex", PyBuiltinFunction.of1("hex", o -> BuiltinFunctions.radix(o, 16, "0x")));
        put("oct", PyBuiltinFunction.of1("oct", o -> BuiltinFunctions.radix(o, 8, "0o")));
        put("bin", PyBuiltinFunction.of1("bin", o -> BuiltinFunctions.radix(o, 2, "0b")));
        fn("min", (a, k) -> BuiltinFunctions.minMax("min", a, k, -1));
        fn("max", (a, k) -> BuiltinFunctions.minMax("max", a, k, 1));
        fn("sum", ObjectBuiltins::sum);
        fn("sorted", BuiltinFunctions::sorted);
        fn("next", BuiltinFunctions::next);
        fn("aiter", Coroutines::aiter);
        fn("anext", Coroutines::anext);
        fn("isinstance", BuiltinFunctions::isinstance);
        for (String name : new String[] {"exit", "quit"}) {
            fn(name, (a, k) -> {
                ArgParser.noKeywords(name, k);
                ArgParser.arity(name, a, 0, 1);
                throw new PyException(PyExc.create(PyExc.SystemExit, a));
            });
        }
        fn("dir", (a, k) -> {
            ArgParser.noKeywords("dir", k);
            ArgParser.arity("dir", a, 0, 1);
            if (a.length == 0) {
                throw PyErrors.typeError("dir() without arguments is not supported by Terrarium yet");
            }
            java.util.TreeSet<String> names = new java.util.TreeSet<>(a[0].attributeNames());
            PyObject[] items = new PyObject[names.size()];
            int i = 0;
            for (String n : names) {
                items[i++] = PyStr.of(n);
            }
            return new PyList(items);
        });
        fn("issubclass", BuiltinFunctions::issubclass);
        fn("divmod", BuiltinFunctions::divmod);
        fn("pow", BuiltinFunctions::pow);
        fn("round", BuiltinFunctions::round);
        fn("any", (a, k) -> BuiltinFunctions.anyAll("any", a, k, true));
        fn("all", (a, k) -> BuiltinFunctions.anyAll("all", a, k, false));
        put("enumerate", IteratorTypes.Enumerate.TYPE);
        put("zip", IteratorTypes.Zip.TYPE);
        put("map", IteratorTypes.MapIter.TYPE);
        put("filter", IteratorTypes.Filter.TYPE);
        put("reversed", IteratorTypes.REVERSED);
        put("id", PyBuiltinFunction.of1("id", ObjectBuiltins::id));
        put("eval", DynamicCode.EVAL);
        put("exec", DynamicCode.EXEC);
        put("compile", DynamicCode.COMPILE);
        put("globals", DynamicCode.GLOBALS);
        put("locals", DynamicCode.LOCALS);
        put("vars", DynamicCode.VARS);
        fn("getattr", ObjectBuiltins::getattr);
        fn("hasattr", ObjectBuiltins::hasattr);
        fn("setattr", ObjectBuiltins::setattr);
        fn("delattr", ObjectBuiltins::delattr);
        // names of CPython's builtins module beyond its functions and types
        put("IOError", PyExc.OSError);
        put("EnvironmentError", PyExc.OSError);
        put("__name__", PyStr.of("builtins"));
        put("__package__", PyStr.of(""));
        put("__debug__", PyBool.TRUE);
        put("__doc__", PyStr.of("Built-in functions, types, exceptions, and other objects.\n\n"
                + "This module provides direct access to all 'built-in'\nidentifiers of Python; for example, builtins.len is\n"
                + "the full name for the built-in function len().\n\nThis module is not normally accessed explicitly by most\n"
                + "applications, but can be useful in modules that provide\nobjects with the same name as a built-in value, but in\n"
                + "which the built-in of that name is also needed."));
        fn("__import__", ImportFunction::call);
        fn("__build_class__", Builtins::buildClass);
        BuiltinNames.installAll();
        // the import machinery's objects, made once the types they use are complete
        put("__loader__", ImportMachinery.builtinImporter());
        put("__spec__", ImportMachinery.spec("builtins"));
    }

    /**
     * {@code __build_class__(func, name, *bases, metaclass=..., **kwds)} (CPython's
     * builtin___build_class__): runs {@code func}, the class body, and makes the class from a
     * fresh namespace with the metaclass. The compiler builds classes without it; a function
     * given here runs as a plain call (its locals are its own, as in CPython, since a function's
     * code never stores into the namespace), and a cell it returns becomes {@code __classcell__}.
     */
    private static PyObject buildClass(PyObject[] args, String[] kwnames) {
        int npos = ArgParser.positionalCount(args, kwnames);
        if (npos < 2) {
            throw PyErrors.typeError("__build_class__: not enough arguments");
        }
        if (!(args[0] instanceof PyFunction func)) {
            throw PyErrors.typeError("__build_class__: func must be a function");
        }
        if (!(args[1] instanceof PyStr name)) {
            throw PyErrors.typeError("__build_class__: name is not a string");
        }
        PyDict ns = new PyDict();
        PyObject module = func.globals().get(PyStr.of("__name__"));
        if (module != null) {
            ns.put(PyStr.of("__module__"), module);
        }
        PyObject cell = func.call0();
        if (cell instanceof PyCell) {
            ns.put(PyStr.of("__classcell__"), cell);
        }
        PyObject[] rest = new PyObject[args.length - 2];
        System.arraycopy(args, 2, rest, 0, rest.length);
        return Ops.makeClass(name.value(), rest, kwnames, ns);
    }
}
