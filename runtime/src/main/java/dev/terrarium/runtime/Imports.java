package dev.terrarium.runtime;

import java.util.function.Function;

/**
 * The import system (compare CPython {@code importlib._bootstrap}): {@code sys.modules}
 * first, then the built-in modules, then guest modules found by the interpreter's loader
 * (source files reached through the ExternalCall door); else ModuleNotFoundError.
 */
public final class Imports {
    private Imports() {}

    /** Finds and runs a guest module's source: returns the module, or null if there is no such file. */
    @FunctionalInterface
    public interface SourceLoader {
        PyModule load(String name);
    }

    private static SourceLoader loader = name -> null;

    public static void setSourceLoader(SourceLoader l) {
        loader = l;
    }

    /** {@code sys.modules}. */
    public static PyDict modules() {
        return SysModule.modules();
    }

    /** Imports the absolute dotted {@code name} (and its parents); returns the named module. */
    public static PyModule importAbsolute(String name) {
        PyObject cached = modules().get(PyStr.of(name));
        if (cached instanceof PyModule m) {
            return m;
        }
        int dot = name.lastIndexOf('.');
        PyModule parent = dot < 0 ? null : importAbsolute(name.substring(0, dot));
        PyModule m = builtinModule(name);
        if (m == null) {
            m = loader.load(name);
        }
        if (m == null) {
            PyBaseException error = PyExc.create(PyExc.ModuleNotFoundError, PyStr.of("No module named '" + name + "'"));
            error.setAttr("name", PyStr.of(name));
            throw new PyException(error);
        }
        modules().put(PyStr.of(name), m);
        if (parent != null) {
            parent.setAttr(name.substring(dot + 1), m);
        }
        return m;
    }

    /** Whether {@code name} is a module built into the runtime (what BuiltinImporter finds). */
    static boolean isBuiltinModule(String name) {
        return switch (name) {
            case "sys", "math", "time", "os", "random", "builtins" -> true;
            default -> false;
        };
    }

    private static PyModule builtinModule(String name) {
        Function<String, PyModule> factory = switch (name) {
            case "sys" -> n -> SysModule.module();
            case "math" -> n -> MathModule.create();
            case "time" -> n -> TimeModule.create();
            case "os" -> n -> OsModule.create();
            case "random" -> n -> RandomModule.create();
            case "os.path" -> n -> (PyModule) OsModule.create().getAttr("path");
            case "builtins" -> n -> Builtins.module();
            // The embedder's functions; null (no such built-in) when it registered none.
            case "host" -> n -> HostModule.create();
            default -> null;
        };
        if (factory == null) {
            return null;
        }
        PyModule m = factory.apply(name);
        if (m != null) {
            PyBuiltinFunction.adoptFunctionsOf(m);
        }
        return m;
    }

    /** The absolute name of {@code name} imported with {@code level} leading dots from a module with these globals. */
    public static String resolve(String name, int level, PyDict globals) {
        if (level == 0) {
            return name;
        }
        PyObject pkg = globals.get(PyStr.of("__package__"));
        String base = pkg instanceof PyStr s ? s.value() : null;
        if (base == null || base.isEmpty()) {
            throw new PyException(PyExc.create(PyExc.ImportError,
                    PyStr.of("attempted relative import with no known parent package")));
        }
        for (int i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) {
                throw new PyException(PyExc.create(PyExc.ImportError,
                        PyStr.of("attempted relative import beyond top-level package")));
            }
            base = base.substring(0, dot);
        }
        return name == null || name.isEmpty() ? base : base + "." + name;
    }
}
