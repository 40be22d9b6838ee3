package dev.terrarium.runtime;

import dev.terrarium.runtime.external.Op;
import dev.terrarium.runtime.external.Reply;
import dev.terrarium.runtime.external.Request;
import java.util.List;

/**
 * The {@code os} module's file-system functions over the controller's virtual file system
 * (getcwd, chdir, listdir, mkdir, makedirs, remove, unlink, rmdir, rename, replace, stat,
 * urandom), the POSIX constants, and the environment ({@code environ}, {@code getenv}, see
 * {@link PyEnviron}). {@code os.path} is {@link OsPath}.
 */
final class OsModule {
    private OsModule() {}

    private static final String[] STAT_FIELDS = {"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid",
        "st_size", "st_atime", "st_mtime", "st_ctime"};

    static PyModule create() {
        PyModule m = new PyModule("os", new PyDict(), null);
        m.setAttr("name", PyStr.of("posix"));
        m.setAttr("sep", PyStr.of("/"));
        m.setAttr("altsep", PyNone.INSTANCE);
        m.setAttr("extsep", PyStr.of("."));
        m.setAttr("pathsep", PyStr.of(":"));
        m.setAttr("linesep", PyStr.of("\n"));
        m.setAttr("curdir", PyStr.of("."));
        m.setAttr("pardir", PyStr.of(".."));
        m.setAttr("devnull", PyStr.of("/dev/null"));
        installEnvironment(m);
        m.setAttr("getcwd", new PyBuiltinFunction("getcwd", (a, k) -> {
            ArgParser.noArgs("getcwd", a, k);
            return PyStr.of(getcwd());
        }));
        m.setAttr("chdir", PyBuiltinFunction.of1("chdir", p -> {
            call(Op.CHDIR, path(p));
            return PyNone.INSTANCE;
        }));
        m.setAttr("listdir", new PyBuiltinFunction("listdir", (a, k) -> {
            ArgParser.noKeywords("listdir", k);
            ArgParser.arity("listdir", a, 0, 1);
            String p = a.length == 0 || a[0] == PyNone.INSTANCE ? "." : path(a[0]);
            PyList out = new PyList();
            for (Object name : (List<?>) call(Op.LISTDIR, p).values().get(0)) {
                out.append(PyStr.of((String) name));
            }
            return out;
        }));
        m.setAttr("mkdir", new PyBuiltinFunction("mkdir", (a, k) -> {
            ArgParser.noKeywords("mkdir", k);
            ArgParser.arity("mkdir", a, 1, 2);
            long mode = a.length > 1 ? ArgParser.index(a[1]).asLong() : 0777;
            call(Op.MKDIR, path(a[0]), mode);
            return PyNone.INSTANCE;
        }));
        m.setAttr("makedirs", new PyBuiltinFunction("makedirs", (a, k) -> {
            PyObject existOk = ArgParser.keyword("makedirs", a, k, "exist_ok", "mode");
            int npos = ArgParser.positionalCount(a, k);
            if (npos < 1 || npos > 3) {
                throw PyErrors.typeError("makedirs() takes from 1 to 3 positional arguments but %d were given", npos);
            }
            boolean ok = existOk != null ? Ops.isTrue(existOk) : npos > 2 && Ops.isTrue(a[2]);
            makedirs(path(a[0]), ok);
            return PyNone.INSTANCE;
        }));
        PyBuiltinFunction remove = PyBuiltinFunction.of1("remove", p -> {
            call(Op.UNLINK, path(p));
            return PyNone.INSTANCE;
        });
        m.setAttr("remove", remove);
        m.setAttr("unlink", PyBuiltinFunction.of1("unlink", p -> {
            call(Op.UNLINK, path(p));
            return PyNone.INSTANCE;
        }));
        m.setAttr("rmdir", PyBuiltinFunction.of1("rmdir", p -> {
            call(Op.RMDIR, path(p));
            return PyNone.INSTANCE;
        }));
        for (String name : new String[] {"rename", "replace"}) {
            m.setAttr(name, new PyBuiltinFunction(name, (a, k) -> {
                ArgParser.noKeywords(name, k);
                ArgParser.arity(name, a, 2, 2);
                String from = path(a[0]);
                String to = path(a[1]);
                Reply r = GuestIO.door().call(Request.of(Op.RENAME, from, to));
                if (!r.isOk()) {
                    throw new PyException(OsErrors.create(r.errno(), from, to));
                }
                return PyNone.INSTANCE;
            }));
        }
        m.setAttr("stat", PyBuiltinFunction.of1("stat", p -> statResult(statOf("stat", p))));
        installFileQueries(m);
        m.setAttr("urandom", PyBuiltinFunction.of1("urandom", n -> {
            long count = ArgParser.index(n).asLong();
            if (count < 0) {
                throw PyErrors.valueError("negative argument not allowed");
            }
            Budget.checkBytes(count);
            byte[] out = new byte[(int) count];
            int filled = 0;
            while (filled < count) {
                byte[] part = (byte[]) call(Op.URANDOM, count - filled).values().get(0);
                System.arraycopy(part, 0, out, filled, part.length);
                filled += part.length;
            }
            return new PyBytes(out);
        }));
        PyModule path = OsPath.create();
        m.setAttr("path", path);
        Imports.modules().put(PyStr.of("os.path"), path);
        return m;
    }

    /**
     * lstat, fstat, truncate, isatty, strerror, scandir (with {@code DirEntry}) and walk:
     * the rest of CPython's file queries the controller serves.
     */
    private static void installFileQueries(PyModule m) {
        m.setAttr("lstat", PyBuiltinFunction.of1("lstat", p -> statResult(statOf("lstat", p))));
        m.setAttr("fstat", PyBuiltinFunction.of1("fstat", fd -> statResult(statFields(Op.FSTAT, fd(fd)))));
        m.setAttr("truncate", new PyBuiltinFunction("truncate", (a, k) -> {
            ArgParser.noKeywords("truncate", k);
            ArgParser.arity("truncate", a, 2, 2);
            long length = ArgParser.index(a[1]).asLong();
            if (a[0] instanceof PyInt) {
                call(Op.FTRUNCATE, fd(a[0]), length);
            } else {
                call(Op.TRUNCATE, path(a[0]), length);
            }
            return PyNone.INSTANCE;
        }));
        m.setAttr("ftruncate", new PyBuiltinFunction("ftruncate", (a, k) -> {
            ArgParser.noKeywords("ftruncate", k);
            ArgParser.arity("ftruncate", a, 2, 2);
            call(Op.FTRUNCATE, fd(a[0]), ArgParser.index(a[1]).asLong());
            return PyNone.INSTANCE;
        }));
        // CPython's os.isatty answers False for a descriptor that is not open.
        m.setAttr("isatty", PyBuiltinFunction.of1("isatty", fd -> {
            Reply r = GuestIO.door().call(Request.of(Op.ISATTY, fd(fd)));
            return PyBool.of(r.isOk() && (Long) r.values().get(0) != 0);
        }));
        m.setAttr("strerror", PyBuiltinFunction.of1("strerror",
                code -> PyStr.of(OsErrors.strerror((int) ArgParser.index(code).asLong()))));
        m.setAttr("fspath", PyBuiltinFunction.of1("fspath", p -> PyStr.of(path(p))));
        m.setAttr("scandir", new PyBuiltinFunction("scandir", OsScandir::scandir));
        m.setAttr("DirEntry", OsScandir.DirEntry.TYPE);
        m.setAttr("walk", new PyBuiltinFunction("walk", OsScandir::walk));
    }

    /** A file descriptor argument: an int (or an object with {@code __index__}). */
    private static long fd(PyObject fd) {
        return ArgParser.index(fd).asLong();
    }

    /**
     * {@code environ} from the controller, {@code getenv(key, default=None)} (which reads the
     * module's current {@code environ}, as CPython's does), and {@code putenv}/{@code unsetenv},
     * which check their arguments as CPython's do and change nothing: the guest has no process
     * environment and starts no processes that would inherit one.
     */
    private static void installEnvironment(PyModule m) {
        m.setAttr("environ", PyEnviron.fromController());
        m.setAttr("getenv", new PyBuiltinFunction("getenv", (a, k) -> {
            PyObject dflt = ArgParser.keyword("getenv", a, k, "default", "key");
            PyObject key = ArgParser.keyword("getenv", a, k, "key", "default");
            int npos = ArgParser.positionalCount(a, k);
            if (npos > 2) {
                throw PyErrors.typeError("getenv() takes from 1 to 2 positional arguments but %d were given", npos);
            }
            if (npos >= 1) {
                key = a[0];
            }
            if (npos == 2) {
                dflt = a[1];
            }
            if (key == null) {
                throw PyErrors.typeError("getenv() missing 1 required positional argument: 'key'");
            }
            try {
                return Ops.getItem(m.getAttr("environ"), key);
            } catch (PyException e) {
                if (e.matches(PyExc.KeyError)) {
                    return dflt == null ? PyNone.INSTANCE : dflt;
                }
                throw e;
            }
        }));
        m.setAttr("putenv", new PyBuiltinFunction("putenv", (a, k) -> {
            ArgParser.noKeywords("putenv", k);
            ArgParser.arity("putenv", a, 2, 2);
            PyEnviron.checkPutenv(path(a[0]), path(a[1]));
            return PyNone.INSTANCE;
        }));
        m.setAttr("unsetenv", PyBuiltinFunction.of1("unsetenv", name -> {
            PyEnviron.checkUnsetenv(path(name));
            return PyNone.INSTANCE;
        }));
    }

    static String getcwd() {
        return (String) call(Op.GETCWD).values().get(0);
    }

    /** A path argument: a str or an os.PathLike whose __fspath__ gives one (bytes paths are not supported). */
    static String path(PyObject p) {
        if (p instanceof PyStr s) {
            return s.value();
        }
        PyObject fspath = p.type().lookup("__fspath__");
        if (fspath != null) {
            PyObject r = fspath.bindTo(p).call0();
            if (r instanceof PyStr s) {
                return s.value();
            }
            throw PyErrors.typeError("expected %s.__fspath__() to return str or bytes, not %s",
                    p.type().name(), r.type().name());
        }
        throw PyErrors.typeError("expected str, bytes or os.PathLike object, not %s", p.type().name());
    }

    /**
     * The path argument of a function that takes a file descriptor too or not (CPython's
     * path_converter): a str without NUL, an os.PathLike giving one, or, when {@code allowFd},
     * an int (returned as a Long). Errors name {@code func} as CPython's do. Bytes paths are not
     * supported (see docs/DIFFERENCES.md).
     */
    static Object pathOrFd(String func, PyObject p, boolean allowFd) {
        if (allowFd && (p instanceof PyInt || p instanceof PyInstance && p.type().lookup("__index__") != null)) {
            return ArgParser.index(p).asLong();
        }
        if (p instanceof PyStr || p.type().lookup("__fspath__") != null) {
            String s = path(p);
            if (s.indexOf('\0') >= 0) {
                throw PyErrors.valueError("embedded null byte");
            }
            return s;
        }
        if (p instanceof PyBytesLike) {
            return path(p);
        }
        throw PyErrors.typeError(allowFd ? "%s: path should be string, bytes, os.PathLike or integer, not %s"
                : "%s: path should be string, bytes or os.PathLike, not %s", func, p.type().name());
    }

    /** The ten stat fields for {@code os.stat(p)} ({@code func} "stat": a path or an fd) or {@code os.lstat(p)}. */
    static long[] statOf(String func, PyObject p) {
        boolean lstat = func.equals("lstat");
        Object target = pathOrFd(func, p, !lstat);
        if (target instanceof Long fd) {
            return statFields(Op.FSTAT, fd);
        }
        return statFields(lstat ? Op.LSTAT : Op.STAT, target);
    }

    /** Sends a request whose first argument, if a string, is the path an error names. */
    private static Reply call(Op op, Object... args) {
        Reply r = GuestIO.door().call(Request.of(op, args));
        if (!r.isOk()) {
            throw PyErrors.osError(r.errno(), args.length > 0 && args[0] instanceof String s ? s : null);
        }
        return r;
    }

    private static void makedirs(String p, boolean existOk) {
        String parent = OsPath.dirname(p);
        String base = OsPath.basename(p);
        if (base.isEmpty()) {
            base = OsPath.basename(parent);
            parent = OsPath.dirname(parent);
        }
        if (!parent.isEmpty() && !base.isEmpty() && !OsPath.exists(parent)) {
            makedirs(parent, true);
        }
        Reply r = GuestIO.door().call(Request.of(Op.MKDIR, p, 0777L));
        if (!r.isOk()) {
            if (!existOk || !OsPath.isDir(p)) {
                throw PyErrors.osError(r.errno(), p);
            }
        }
    }

    /** The controller's ten stat fields, or an OSError naming {@code p}. */
    static long[] statFields(String p) {
        return statFields(Op.STAT, p);
    }

    /** The ten fields STAT, LSTAT or FSTAT answers for {@code target}, or an OSError. */
    static long[] statFields(Op op, Object target) {
        List<Object> v = call(op, target).values();
        long[] out = new long[v.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (Long) v.get(i);
        }
        return out;
    }

    /** {@code os.stat(p)}: an {@code os.stat_result}. */
    static PyObject stat(String p) {
        return statResult(statFields(p));
    }

    /** An {@code os.stat_result} of the controller's ten fields. */
    static PyObject statResult(long[] f) {
        PyDict attrs = new PyDict();
        PyObject[] items = new PyObject[10];
        for (int i = 0; i < 7; i++) {
            items[i] = PyInt.of(f[i]);
            attrs.put(PyStr.of(STAT_FIELDS[i]), items[i]);
        }
        for (int i = 7; i < 10; i++) {
            items[i] = PyInt.of(Math.floorDiv(f[i], 1_000_000_000L));
            attrs.put(PyStr.of(STAT_FIELDS[i]), new PyFloat(f[i] / 1e9));
            attrs.put(PyStr.of(STAT_FIELDS[i] + "_ns"), PyInt.of(f[i]));
        }
        return new StatResult(items, attrs);
    }

    /** {@code os.stat_result}: a tuple of ten ints with named (and finer) fields. */
    static final class StatResult extends PyObject {
        static final PyType TYPE = PyType.builtin("stat_result", PyType.OBJECT, null);

        private final PyTuple items;
        private final PyDict attrs;

        StatResult(PyObject[] items, PyDict attrs) {
            this.items = PyTuple.of(items);
            this.attrs = attrs;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public boolean hasGenericAttributes() {
            return false;
        }

        @Override
        public PyObject getAttr(String name) {
            PyObject v = attrs.get(PyStr.of(name));
            return v != null ? v : super.getAttr(name);
        }

        @Override
        public PyObject getItem(PyObject key) {
            return items.getItem(key);
        }

        @Override
        public long len() {
            return items.size();
        }

        @Override
        public PyObject iter() {
            return items.iter();
        }

        @Override
        public String repr() {
            StringBuilder sb = new StringBuilder("os.stat_result(");
            for (int i = 0; i < STAT_FIELDS.length; i++) {
                sb.append(i == 0 ? "" : ", ").append(STAT_FIELDS[i]).append('=').append(Ops.repr(items.get(i)));
            }
            return sb.append(')').toString();
        }
    }
}
