package dev.terrarium.runtime;

/**
 * The builtin {@code __import__(name, globals=None, locals=None, fromlist=(), level=0)}, as
 * CPython's {@code PyImport_ImportModuleLevelObject}: imports {@code name} (relative to the
 * package in {@code globals} when {@code level} > 0) and returns the top-level package, or the
 * module itself when {@code fromlist} is given (after importing the submodules it names).
 */
final class ImportFunction {
    private ImportFunction() {}

    private static final String[] PARAMETERS = {"name", "globals", "locals", "fromlist", "level"};

    static PyObject call(PyObject[] args, String[] kwnames) {
        PyObject[] p = new PyObject[PARAMETERS.length];
        int npos = ArgParser.positionalCount(args, kwnames);
        if (npos > PARAMETERS.length) {
            throw PyErrors.typeError("__import__() takes at most 5 arguments (%d given)", npos);
        }
        System.arraycopy(args, 0, p, 0, npos);
        for (int i = 0; i < PARAMETERS.length; i++) {
            PyObject v = ArgParser.keyword("__import__", args, kwnames, PARAMETERS[i], PARAMETERS);
            if (v != null) {
                if (p[i] != null) {
                    throw PyErrors.typeError("argument for __import__() given by name ('%s') and position (%d)",
                            PARAMETERS[i], i + 1);
                }
                p[i] = v;
            }
        }
        if (p[0] == null) {
            throw PyErrors.typeError("__import__() missing required argument 'name' (pos 1)");
        }
        if (!(p[0] instanceof PyStr nameStr)) {
            throw PyErrors.typeError("module name must be a string");
        }
        String name = nameStr.value();
        long level = p[4] == null ? 0 : ArgParser.index(p[4]).asLong();
        if (level < 0) {
            throw PyErrors.valueError("level must be >= 0");
        }
        PyDict globals = null;
        if (level > 0) {
            if (!(p[1] instanceof PyDict g)) {
                throw PyErrors.typeError("globals must be a dict");
            }
            globals = g;
        } else if (name.isEmpty()) {
            throw PyErrors.valueError("Empty module name");
        }
        String absolute = Imports.resolve(name, (int) Math.min(level, Integer.MAX_VALUE), globals);
        PyModule module = Imports.importAbsolute(absolute);
        PyObject fromlist = p[3];
        if (fromlist == null || fromlist == PyNone.INSTANCE || !Ops.isTrue(fromlist)) {
            if (level == 0) {
                int dot = name.indexOf('.');
                return dot < 0 ? module : Imports.importAbsolute(name.substring(0, dot));
            }
            if (name.isEmpty()) {
                return module;
            }
            int dot = name.indexOf('.');
            int cut = dot < 0 ? 0 : name.length() - dot;
            return Imports.importAbsolute(absolute.substring(0, absolute.length() - cut));
        }
        PyObject it = fromlist.iter();
        for (PyObject x = it.next(); x != null; x = it.next()) {
            if (x instanceof PyStr s && !s.value().equals("*") && module.dict().get(s) == null) {
                try {
                    Imports.importAbsolute(module.name() + "." + s.value());
                } catch (PyException e) {
                    if (!e.matches(PyExc.ModuleNotFoundError)) {
                        throw e;
                    }
                }
            }
        }
        return module;
    }
}
