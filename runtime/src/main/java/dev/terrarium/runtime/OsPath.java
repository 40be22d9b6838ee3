package dev.terrarium.runtime;

/**
 * {@code os.path} (CPython's posixpath): the string functions exactly as posixpath computes
 * them, and the queries (exists, isfile, isdir, getsize) answered by the controller's STAT.
 */
final class OsPath {
    private OsPath() {}

    private static final long S_IFMT = 0170000;
    private static final long S_IFDIR = 0040000;
    private static final long S_IFREG = 0100000;
    private static final long S_IFLNK = 0120000;

    static PyModule create() {
        PyModule m = new PyModule("posixpath", new PyDict(), null);
        m.setAttr("sep", PyStr.of("/"));
        m.setAttr("join", new PyBuiltinFunction("join", (a, k) -> {
            ArgParser.noKeywords("join", k);
            if (a.length == 0) {
                throw PyErrors.typeError("join() missing 1 required positional argument: 'a'");
            }
            String path = OsModule.path(a[0]);
            for (int i = 1; i < a.length; i++) {
                String b = OsModule.path(a[i]);
                if (b.startsWith("/")) {
                    path = b;
                } else if (path.isEmpty() || path.endsWith("/")) {
                    path += b;
                } else {
                    path += "/" + b;
                }
            }
            return PyStr.of(path);
        }));
        m.setAttr("split", PyBuiltinFunction.of1("split", p -> {
            String s = OsModule.path(p);
            return PyTuple.of(PyStr.of(dirname(s)), PyStr.of(basename(s)));
        }));
        m.setAttr("basename", PyBuiltinFunction.of1("basename", p -> PyStr.of(basename(OsModule.path(p)))));
        m.setAttr("dirname", PyBuiltinFunction.of1("dirname", p -> PyStr.of(dirname(OsModule.path(p)))));
        m.setAttr("splitext", PyBuiltinFunction.of1("splitext", p -> {
            String s = OsModule.path(p);
            int cut = extensionStart(s);
            return PyTuple.of(PyStr.of(s.substring(0, cut)), PyStr.of(s.substring(cut)));
        }));
        m.setAttr("isabs", PyBuiltinFunction.of1("isabs", p -> PyBool.of(OsModule.path(p).startsWith("/"))));
        m.setAttr("normpath", PyBuiltinFunction.of1("normpath", p -> PyStr.of(normpath(OsModule.path(p)))));
        m.setAttr("abspath", PyBuiltinFunction.of1("abspath", p -> PyStr.of(abspath(OsModule.path(p)))));
        m.setAttr("realpath", PyBuiltinFunction.of1("realpath", p -> PyStr.of(abspath(OsModule.path(p)))));
        // genericpath: os.stat's argument errors (TypeError) propagate; OSError and ValueError mean false
        m.setAttr("exists", PyBuiltinFunction.of1("exists", p -> PyBool.of(statOrNull("stat", p) != null)));
        m.setAttr("isfile", PyBuiltinFunction.of1("isfile", p -> PyBool.of(isKind(statOrNull("stat", p), S_IFREG))));
        m.setAttr("isdir", PyBuiltinFunction.of1("isdir", p -> PyBool.of(isKind(statOrNull("stat", p), S_IFDIR))));
        m.setAttr("getsize", PyBuiltinFunction.of1("getsize", p -> PyInt.of(OsModule.statOf("stat", p)[6])));
        String[] times = {"getatime", "getmtime", "getctime"};
        for (int i = 0; i < times.length; i++) {
            int field = 7 + i;
            m.setAttr(times[i], PyBuiltinFunction.of1(times[i],
                    p -> new PyFloat(OsModule.statOf("stat", p)[field] / 1e9)));
        }
        m.setAttr("islink", PyBuiltinFunction.of1("islink", p -> PyBool.of(isKind(statOrNull("lstat", p), S_IFLNK))));
        m.setAttr("lexists", PyBuiltinFunction.of1("lexists", p -> PyBool.of(statOrNull("lstat", p) != null)));
        return m;
    }

    /** posixpath.split's tail. */
    static String basename(String p) {
        return p.substring(p.lastIndexOf('/') + 1);
    }

    /** posixpath.split's head: trailing slashes removed unless it is all slashes. */
    static String dirname(String p) {
        String head = p.substring(0, p.lastIndexOf('/') + 1);
        if (!head.isEmpty() && !head.chars().allMatch(c -> c == '/')) {
            int end = head.length();
            while (end > 0 && head.charAt(end - 1) == '/') {
                end--;
            }
            head = head.substring(0, end);
        }
        return head;
    }

    /** genericpath._splitext: the dot of the extension, not counting leading dots of the name. */
    private static int extensionStart(String p) {
        int sep = p.lastIndexOf('/');
        int dot = p.lastIndexOf('.');
        if (dot > sep) {
            for (int i = sep + 1; i < dot; i++) {
                if (p.charAt(i) != '.') {
                    return dot;
                }
            }
        }
        return p.length();
    }

    static String normpath(String path) {
        if (path.isEmpty()) {
            return ".";
        }
        int initialSlashes = path.startsWith("/") ? 1 : 0;
        if (path.startsWith("//") && !path.startsWith("///")) {
            initialSlashes = 2;
        }
        java.util.ArrayList<String> parts = new java.util.ArrayList<>();
        for (String comp : path.split("/", -1)) {
            if (comp.isEmpty() || comp.equals(".")) {
                continue;
            }
            if (!comp.equals("..") || (initialSlashes == 0 && parts.isEmpty())
                    || (!parts.isEmpty() && parts.get(parts.size() - 1).equals(".."))) {
                parts.add(comp);
            } else if (!parts.isEmpty()) {
                parts.remove(parts.size() - 1);
            }
        }
        String out = "/".repeat(initialSlashes) + String.join("/", parts);
        return out.isEmpty() ? "." : out;
    }

    static String abspath(String p) {
        if (!p.startsWith("/")) {
            String cwd = OsModule.getcwd();
            p = cwd.endsWith("/") ? cwd + p : cwd + "/" + p;
        }
        return normpath(p);
    }

    static boolean exists(String p) {
        try {
            OsModule.statFields(p);
            return true;
        } catch (PyException e) {
            if (e.matches(PyExc.OSError)) {
                return false;
            }
            throw e;
        }
    }

    static boolean isDir(String p) {
        return isKind(statOrNull("stat", PyStr.of(p)), S_IFDIR);
    }

    /** The stat fields of {@code p}, or null where genericpath's query catches OSError or ValueError. */
    private static long[] statOrNull(String func, PyObject p) {
        try {
            return OsModule.statOf(func, p);
        } catch (PyException e) {
            if (e.matches(PyExc.OSError) || e.matches(PyExc.ValueError)) {
                return null;
            }
            throw e;
        }
    }

    private static boolean isKind(long[] fields, long kind) {
        return fields != null && (fields[0] & S_IFMT) == kind;
    }
}
