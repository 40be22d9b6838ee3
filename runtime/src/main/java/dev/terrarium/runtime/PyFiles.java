package dev.terrarium.runtime;

import dev.terrarium.runtime.external.Op;
import dev.terrarium.runtime.external.Reply;
import dev.terrarium.runtime.external.Request;

/**
 * The {@code open()} builtin and the methods of the file objects it returns ({@link PyFile}):
 * the mode string checked and turned into Linux open flags as CPython's {@code io.open} does,
 * the request sent to the controller, whose errno becomes CPython's OSError subclass.
 */
final class PyFiles {
    private PyFiles() {}

    /** {@code io.UnsupportedOperation}, both an OSError and a ValueError. */
    static final PyType UNSUPPORTED_OPERATION = PyType.builtinWithBases("UnsupportedOperation",
            new PyType[] {PyExc.OSError, PyExc.ValueError}, (t, a, k) -> PyExc.create(t, a));

    private static final long O_RDONLY = 0;
    private static final long O_WRONLY = 1;
    private static final long O_RDWR = 2;
    private static final long O_CREAT = 0100;
    private static final long O_EXCL = 0200;
    private static final long O_TRUNC = 01000;
    private static final long O_APPEND = 02000;

    static {
        for (PyType t : new PyType[] {PyFile.TEXT, PyFile.READER, PyFile.WRITER, PyFile.RANDOM}) {
            install(t);
        }
    }

    /** Makes sure the file types have their methods (for file objects made before any open(), like sys.stdin). */
    static void installMethods() {
        // the static initializer did it
    }

    private static void def(PyType t, String name, PyMethodDescriptor.Body body) {
        t.define(name, new PyMethodDescriptor(t, name, body));
    }

    private static PyFile file(PyObject self) {
        return (PyFile) self;
    }

    private static long sizeArg(String method, PyObject[] a) {
        ArgParser.arity(method, a, 0, 1);
        if (a.length == 0 || a[0] == PyNone.INSTANCE) {
            return -1;
        }
        return ArgParser.index(a[0]).asLong();
    }

    private static void install(PyType t) {
        def(t, "read", (s, a, k) -> {
            ArgParser.noKeywords("read", k);
            return file(s).read(sizeArg("read", a));
        });
        def(t, "readline", (s, a, k) -> {
            ArgParser.noKeywords("readline", k);
            return file(s).readline(sizeArg("readline", a));
        });
        def(t, "readlines", (s, a, k) -> {
            ArgParser.noKeywords("readlines", k);
            long hint = sizeArg("readlines", a);
            PyList lines = new PyList();
            long total = 0;
            for (PyObject line = file(s).readline(-1); line.len() > 0; line = file(s).readline(-1)) {
                lines.append(line);
                total += line.len();
                if (hint > 0 && total >= hint) {
                    break;
                }
            }
            return lines;
        });
        def(t, "write", (s, a, k) -> {
            ArgParser.noKeywords("write", k);
            ArgParser.arity("write", a, 1, 1);
            return file(s).write(a[0]);
        });
        def(t, "writelines", (s, a, k) -> {
            ArgParser.noKeywords("writelines", k);
            ArgParser.arity("writelines", a, 1, 1);
            PyObject it = a[0].iter();
            for (PyObject x = it.next(); x != null; x = it.next()) {
                file(s).write(x);
            }
            return PyNone.INSTANCE;
        });
        def(t, "seek", (s, a, k) -> {
            ArgParser.noKeywords("seek", k);
            ArgParser.arity("seek", a, 1, 2);
            long offset = ArgParser.index(a[0]).asLong();
            int whence = a.length > 1 ? (int) ArgParser.index(a[1]).asLong() : 0;
            if (whence < 0 || whence > 2) {
                throw PyErrors.valueError("invalid whence (%d, should be 0, 1 or 2)", whence);
            }
            return file(s).seek(offset, whence);
        });
        def(t, "tell", (s, a, k) -> file(s).tell());
        def(t, "flush", (s, a, k) -> {
            file(s).flushWrites();
            return PyNone.INSTANCE;
        });
        def(t, "close", (s, a, k) -> {
            file(s).close();
            return PyNone.INSTANCE;
        });
        def(t, "readable", (s, a, k) -> PyBool.of(file(s).isReadable()));
        def(t, "writable", (s, a, k) -> PyBool.of(file(s).isWritable()));
        def(t, "seekable", (s, a, k) -> PyBool.of(file(s).fileno() >= 0));
        def(t, "fileno", (s, a, k) -> PyInt.of(file(s).fileno()));
        def(t, "isatty", (s, a, k) -> {
            Reply r = GuestIO.door().call(Request.of(Op.ISATTY, file(s).fileno()));
            return PyBool.of(r.isOk() && (Long) r.values().get(0) != 0);
        });
        def(t, "__enter__", (s, a, k) -> {
            file(s).fileno();
            return s;
        });
        def(t, "__exit__", (s, a, k) -> {
            file(s).close();
            return PyNone.INSTANCE;
        });
        def(t, "__iter__", (s, a, k) -> s.iter());
        def(t, "__next__", (s, a, k) -> {
            PyObject line = s.next();
            if (line == null) {
                throw new PyException(PyExc.create(PyExc.StopIteration));
            }
            return line;
        });
    }

    /**
     * {@code open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None)}:
     * UTF-8 text or binary files of the virtual file system (compare CPython's
     * {@code _io.open}).
     */
    static PyObject open(PyObject[] args, String[] kwnames) {
        int npos = ArgParser.positionalCount(args, kwnames);
        if (npos > 6) {
            throw PyErrors.typeError("open() takes at most 8 arguments (%d given)", npos);
        }
        String[] names = {"file", "mode", "buffering", "encoding", "errors", "newline"};
        PyObject[] v = new PyObject[names.length];
        System.arraycopy(args, 0, v, 0, npos);
        for (int i = 0; kwnames != null && i < kwnames.length; i++) {
            int at = java.util.Arrays.asList(names).indexOf(kwnames[i]);
            if (at < 0) {
                throw PyErrors.typeError("'%s' is an invalid keyword argument for open()", kwnames[i]);
            }
            v[at] = args[npos + i];
        }
        if (v[0] == null) {
            throw PyErrors.typeError("open() missing required argument 'file' (pos 1)");
        }
        if (!(v[0] instanceof PyStr path)) {
            throw PyErrors.typeError("expected str, bytes or os.PathLike object, not %s", v[0].type().name());
        }
        String mode = v[1] == null ? "r" : modeString(v[1]);
        boolean reading = false;
        boolean writing = false;
        boolean appending = false;
        boolean creating = false;
        boolean updating = false;
        boolean text = false;
        boolean binary = false;
        for (char c : mode.toCharArray()) {
            boolean seen;
            switch (c) {
                case 'r' -> { seen = reading; reading = true; }
                case 'w' -> { seen = writing; writing = true; }
                case 'a' -> { seen = appending; appending = true; }
                case 'x' -> { seen = creating; creating = true; }
                case '+' -> { seen = updating; updating = true; }
                case 't' -> { seen = text; text = true; }
                case 'b' -> { seen = binary; binary = true; }
                default -> throw PyErrors.valueError("invalid mode: '%s'", mode);
            }
            if (seen) {
                throw PyErrors.valueError("invalid mode: '%s'", mode);
            }
        }
        if (text && binary) {
            throw PyErrors.valueError("can't have text and binary mode at once");
        }
        int kinds = (reading ? 1 : 0) + (writing ? 1 : 0) + (appending ? 1 : 0) + (creating ? 1 : 0);
        if (kinds > 1) {
            throw PyErrors.valueError("must have exactly one of create/read/write/append mode");
        }
        if (binary && v[3] != null && v[3] != PyNone.INSTANCE) {
            throw PyErrors.valueError("binary mode doesn't take an encoding argument");
        }
        if (binary && v[4] != null && v[4] != PyNone.INSTANCE) {
            throw PyErrors.valueError("binary mode doesn't take an errors argument");
        }
        if (binary && v[5] != null && v[5] != PyNone.INSTANCE) {
            throw PyErrors.valueError("binary mode doesn't take a newline argument");
        }
        if (v[3] instanceof PyStr enc && !isUtf8(enc.value())) {
            throw PyErrors.of(PyExc.LookupError, "unknown encoding: " + enc.value());
        }
        if (kinds == 0) {
            // the check of _io.FileIO, which io.open reaches with such a mode
            throw PyErrors.valueError("Must have exactly one of create/read/write/append mode and at most one plus");
        }
        long flags = updating ? O_RDWR : reading ? O_RDONLY : O_WRONLY;
        if (writing) {
            flags |= O_CREAT | O_TRUNC;
        } else if (appending) {
            flags |= O_CREAT | O_APPEND;
        } else if (creating) {
            flags |= O_CREAT | O_EXCL;
        }
        Reply r = GuestIO.door().call(Request.of(Op.OPEN, path.value(), flags, 0666L));
        if (!r.isOk()) {
            throw PyErrors.osError(r.errno(), path.value());
        }
        long fd = (Long) r.values().get(0);
        PyFile f = new PyFile(fd, path, mode, binary, reading || updating, !reading || updating);
        if (appending) {
            f.seek(0, 2);
        }
        return f;
    }

    private static String modeString(PyObject mode) {
        if (!(mode instanceof PyStr s)) {
            throw PyErrors.typeError("open() argument 'mode' must be str, not %s", mode.type().name());
        }
        return s.value();
    }

    private static boolean isUtf8(String encoding) {
        String e = encoding.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        return e.equals("utf-8") || e.equals("utf8") || e.equals("u8") || e.equals("locale");
    }
}
