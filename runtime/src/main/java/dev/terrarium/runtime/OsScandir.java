package dev.terrarium.runtime;

import dev.terrarium.runtime.external.Op;
import dev.terrarium.runtime.external.Reply;
import dev.terrarium.runtime.external.Request;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * {@code os.scandir} (its {@code posix.ScandirIterator} and {@code posix.DirEntry}) and
 * {@code os.walk}, built on the controller's LISTDIR, STAT and LSTAT. Compare CPython's
 * {@code Modules/posixmodule.c} (scandir) and {@code Lib/os.py} (walk, 3.11).
 */
final class OsScandir {
    private OsScandir() {}

    private static final long S_IFMT = 0170000;
    private static final long S_IFDIR = 0040000;
    private static final long S_IFREG = 0100000;
    private static final long S_IFLNK = 0120000;

    /** {@code os.scandir(path='.')}: entries' paths join the argument (unjoined for no argument, as CPython's "./"). */
    static PyObject scandir(PyObject[] a, String[] k) {
        ArgParser.noKeywords("scandir", k);
        ArgParser.arity("scandir", a, 0, 1);
        String dir = a.length == 0 || a[0] == PyNone.INSTANCE ? "." : OsModule.path(a[0]);
        return open(dir);
    }

    private static ScandirIterator open(String dir) {
        Reply r = GuestIO.door().call(Request.of(Op.LISTDIR, dir));
        if (!r.isOk()) {
            throw PyErrors.osError(r.errno(), dir);
        }
        List<String> names = new ArrayList<>();
        for (Object name : (List<?>) r.values().get(0)) {
            names.add((String) name);
        }
        return new ScandirIterator(dir, names);
    }

    static String join(String dir, String name) {
        return dir.isEmpty() || dir.endsWith("/") ? dir + name : dir + "/" + name;
    }

    /** {@code posix.ScandirIterator}: an iterator and a context manager whose close ends it. */
    static final class ScandirIterator extends PyObject {
        static final PyType TYPE = PyType.builtin("posix.ScandirIterator", PyType.OBJECT, null);

        static {
            def(TYPE, "__enter__", (s, a, k) -> s);
            def(TYPE, "__exit__", (s, a, k) -> {
                ((ScandirIterator) s).closed = true;
                return PyNone.INSTANCE;
            });
            def(TYPE, "close", (s, a, k) -> {
                ((ScandirIterator) s).closed = true;
                return PyNone.INSTANCE;
            });
            def(TYPE, "__iter__", (s, a, k) -> s);
            def(TYPE, "__next__", (s, a, k) -> {
                PyObject v = s.next();
                if (v == null) {
                    throw new PyException(PyExc.create(PyExc.StopIteration));
                }
                return v;
            });
        }

        private final String dir;
        private final List<String> names;
        private int index;
        private boolean closed;

        ScandirIterator(String dir, List<String> names) {
            this.dir = dir;
            this.names = names;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject iter() {
            return this;
        }

        @Override
        public PyObject next() {
            if (closed || index >= names.size()) {
                closed = true;
                return null;
            }
            String name = names.get(index++);
            return new DirEntry(name, join(dir, name));
        }
    }

    /** {@code posix.DirEntry}: name, path, and the file's kind from a cached (l)stat. */
    static final class DirEntry extends PyObject {
        static final PyType TYPE = PyType.builtin("posix.DirEntry", PyType.OBJECT, null);

        static {
            def(TYPE, "is_dir", (s, a, k) -> PyBool.of(((DirEntry) s).isKind("is_dir", a, k, S_IFDIR)));
            def(TYPE, "is_file", (s, a, k) -> PyBool.of(((DirEntry) s).isKind("is_file", a, k, S_IFREG)));
            def(TYPE, "is_symlink", (s, a, k) -> {
                ArgParser.noKeywords("is_symlink", k);
                ArgParser.arity("is_symlink", a, 0, 0);
                long[] l = ((DirEntry) s).lstat(false);
                return PyBool.of(l != null && (l[0] & S_IFMT) == S_IFLNK);
            });
            def(TYPE, "stat", (s, a, k) -> {
                DirEntry e = (DirEntry) s;
                return OsModule.statResult(e.fields(followSymlinks("stat", a, k), true));
            });
            def(TYPE, "inode", (s, a, k) -> PyInt.of(((DirEntry) s).fields(false, true)[1]));
            def(TYPE, "__fspath__", (s, a, k) -> PyStr.of(((DirEntry) s).path));
        }

        private final String name;
        private final String path;
        private long[] lstat;
        private long[] stat;

        DirEntry(String name, String path) {
            this.name = name;
            this.path = path;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject getAttr(String attr) {
            if (attr.equals("name")) {
                return PyStr.of(name);
            }
            if (attr.equals("path")) {
                return PyStr.of(path);
            }
            return super.getAttr(attr);
        }

        @Override
        public String repr() {
            return "<DirEntry " + Ops.repr(PyStr.of(name)) + ">";
        }

        private boolean isKind(String method, PyObject[] a, String[] k, long kind) {
            long[] f = fields(followSymlinks(method, a, k), false);
            return f != null && (f[0] & S_IFMT) == kind;
        }

        /** The entry's stat fields; a missing file gives null unless {@code raise}. */
        private long[] fields(boolean follow, boolean raise) {
            long[] l = lstat(raise);
            if (l == null || !follow || (l[0] & S_IFMT) != S_IFLNK) {
                return l;
            }
            if (stat == null) {
                stat = query(Op.STAT, raise);
            }
            return stat;
        }

        private long[] lstat(boolean raise) {
            if (lstat == null) {
                lstat = query(Op.LSTAT, raise);
            }
            return lstat;
        }

        private long[] query(Op op, boolean raise) {
            try {
                return OsModule.statFields(op, path);
            } catch (PyException e) {
                if (!raise && e.matches(PyExc.FileNotFoundError)) {
                    return null;
                }
                throw e;
            }
        }
    }

    private static boolean followSymlinks(String method, PyObject[] a, String[] k) {
        PyObject follow = ArgParser.keyword(method, a, k, "follow_symlinks");
        int npos = ArgParser.positionalCount(a, k);
        if (npos > 0) {
            throw PyErrors.typeError("DirEntry.%s() takes no positional arguments", method);
        }
        return follow == null || Ops.isTrue(follow);
    }

    private static void def(PyType t, String name, PyMethodDescriptor.Body body) {
        t.define(name, new PyMethodDescriptor(t, name, body));
    }

    /**
     * {@code os.walk(top, topdown=True, onerror=None, followlinks=False)}: a lazy iterator of
     * {@code (dirpath, dirnames, filenames)}. Top-down, the caller may prune {@code dirnames}
     * in place before the walk descends; a directory that cannot be listed is passed to
     * {@code onerror} (if given) and skipped.
     */
    static PyObject walk(PyObject[] a, String[] k) {
        String[] names = {"top", "topdown", "onerror", "followlinks"};
        PyObject[] vals = new PyObject[4];
        int npos = ArgParser.positionalCount(a, k);
        if (npos > 4) {
            throw PyErrors.typeError("walk() takes from 1 to 4 positional arguments but %d were given", npos);
        }
        System.arraycopy(a, 0, vals, 0, npos);
        for (int i = 0; i < 4; i++) {
            PyObject kw = ArgParser.keyword("walk", a, k, names[i], names);
            if (kw != null) {
                if (vals[i] != null) {
                    throw PyErrors.typeError("walk() got multiple values for argument '%s'", names[i]);
                }
                vals[i] = kw;
            }
        }
        if (vals[0] == null) {
            throw PyErrors.typeError("walk() missing 1 required positional argument: 'top'");
        }
        return new Walk(OsModule.path(vals[0]), vals[1] == null || Ops.isTrue(vals[1]),
                vals[2] == null ? PyNone.INSTANCE : vals[2], vals[3] != null && Ops.isTrue(vals[3]));
    }

    /** One directory of a walk: its listing, split as os.walk splits it. */
    private static final class Frame {
        final String top;
        final PyList dirs = new PyList();
        final PyList nondirs = new PyList();
        final List<String> walkDirs = new ArrayList<>();
        int index;

        Frame(String top) {
            this.top = top;
        }

        PyObject triple() {
            return PyTuple.of(PyStr.of(top), dirs, nondirs);
        }
    }

    /** The generator os.walk returns (CPython: a generator object). */
    static final class Walk extends PyObject {
        static final PyType TYPE = PyType.builtin("generator", PyType.OBJECT, null);

        private final String top;
        private final boolean topdown;
        private final PyObject onerror;
        private final boolean followlinks;
        private final Deque<Frame> stack = new ArrayDeque<>();
        private boolean started;

        Walk(String top, boolean topdown, PyObject onerror, boolean followlinks) {
            this.top = top;
            this.topdown = topdown;
            this.onerror = onerror;
            this.followlinks = followlinks;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject iter() {
            return this;
        }

        @Override
        public PyObject next() {
            if (!started) {
                started = true;
                Frame f = scan(top);
                if (f == null) {
                    return null;
                }
                stack.push(f);
                if (topdown) {
                    return f.triple();
                }
            }
            while (!stack.isEmpty()) {
                Frame f = stack.peek();
                if (topdown) {
                    if (f.index < f.dirs.size()) {
                        String sub = join(f.top, OsModule.path(f.dirs.get(f.index++)));
                        if (followlinks || !isLink(sub)) {
                            Frame c = scan(sub);
                            if (c != null) {
                                stack.push(c);
                                return c.triple();
                            }
                        }
                    } else {
                        stack.pop();
                    }
                } else if (f.index < f.walkDirs.size()) {
                    Frame c = scan(f.walkDirs.get(f.index++));
                    if (c != null) {
                        stack.push(c);
                    }
                } else {
                    stack.pop();
                    return f.triple();
                }
            }
            return null;
        }

        private Frame scan(String dir) {
            ScandirIterator it;
            try {
                it = open(dir);
            } catch (PyException e) {
                if (!e.matches(PyExc.OSError)) {
                    throw e;
                }
                if (onerror != PyNone.INSTANCE) {
                    Ops.call(onerror, new PyObject[] {e.value()}, null);
                }
                return null;
            }
            Frame f = new Frame(dir);
            for (PyObject o = it.next(); o != null; o = it.next()) {
                DirEntry entry = (DirEntry) o;
                long[] fields = entry.fields(true, false);
                boolean isDir = fields != null && (fields[0] & S_IFMT) == S_IFDIR;
                (isDir ? f.dirs : f.nondirs).append(PyStr.of(entry.name));
                if (!topdown && isDir) {
                    long[] l = entry.lstat(false);
                    if (followlinks || l == null || (l[0] & S_IFMT) != S_IFLNK) {
                        f.walkDirs.add(entry.path);
                    }
                }
            }
            return f;
        }
    }

    static boolean isLink(String p) {
        Reply r = GuestIO.door().call(Request.of(Op.LSTAT, p));
        return r.isOk() && (((Long) r.values().get(0)) & S_IFMT) == S_IFLNK;
    }
}
