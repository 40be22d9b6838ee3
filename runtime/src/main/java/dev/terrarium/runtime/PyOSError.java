package dev.terrarium.runtime;

/**
 * {@code OSError} and subclasses: {@code [Errno 2] No such file or directory: 'x'}. Built from
 * an errno by the runtime, or from Python arguments as CPython's {@code oserror_parse_args}:
 * {@code OSError(errno, strerror[, filename[, winerror[, filename2]]])}, where calling
 * {@code OSError} itself with a known errno gives the matching subclass.
 */
final class PyOSError extends PyBaseException {
    private PyObject errno;
    private PyObject strerror;
    private PyObject filename;
    /** The second path of a two-path call (rename), or null. */
    private PyObject filename2;

    PyOSError(PyType type, int errno, String filename, PyObject... args) {
        super(type, args);
        this.errno = PyInt.of(errno);
        this.strerror = PyStr.of(OsErrors.strerror(errno));
        this.filename = filename == null ? null : PyStr.of(filename);
    }

    private PyOSError(PyType type, PyObject[] args, PyObject errno, PyObject strerror, PyObject filename) {
        super(type, args);
        this.errno = errno;
        this.strerror = strerror;
        this.filename = filename;
    }

    /**
     * {@code OSError.__init__}: parses the arguments when the class overrides {@code __init__}
     * but not {@code __new__} (then {@link #fromArgs} left them alone); otherwise does nothing,
     * as CPython's OSError_init.
     */
    static final PyMethodDescriptor INIT = new PyMethodDescriptor(PyExc.OSError, "__init__", (self, a, k) -> {
        ArgParser.noKeywords("OSError", k);
        if (self instanceof PyOSError e && parsesInInit(self.type())) {
            e.setArgs(a);
            if (a.length >= 2 && a.length <= 5) {
                e.errno = a[0];
                e.strerror = a[1];
                e.filename = a.length >= 3 ? a[2] : null;
                e.filename2 = a.length == 5 ? a[4] : null;
                if (e.filename != null) {
                    e.setArgs(new PyObject[] {a[0], a[1]});
                }
            }
        }
        return PyNone.INSTANCE;
    });

    /** CPython's oserror_use_init: the class overrides __init__ and not __new__. */
    private static boolean parsesInInit(PyType type) {
        return type.isUserDefined() && type.lookup("__init__") != INIT && !(type.lookup("__new__") instanceof PyStaticMethod);
    }

    /** An OSError (or subclass) called from Python with {@code args}. */
    static PyBaseException fromArgs(PyType type, PyObject[] args) {
        if (parsesInInit(type)) {
            // the class's __init__ decides, through OSError.__init__, what args become
            return new PyOSError(type, new PyObject[0], null, null, null);
        }
        if (args.length < 2 || args.length > 5) {
            return new PyOSError(type, args, null, null, null);
        }
        if (type == PyExc.OSError && args[0] instanceof PyInt code && code.isSmall()) {
            type = OsErrors.typeFor((int) code.value);
        }
        PyObject fname = args.length >= 3 ? args[2] : null;
        // with a filename, args keeps only errno and strerror
        PyObject[] kept = fname != null ? new PyObject[] {args[0], args[1]} : args;
        PyOSError e = new PyOSError(type, kept, args[0], args[1], fname);
        if (args.length == 5) {
            e.filename2 = args[4];
        }
        return e;
    }

    PyOSError withFilename2(String second) {
        this.filename2 = PyStr.of(second);
        return this;
    }

    @Override
    public String str() {
        if (errno == null) {
            return super.str();
        }
        String base = "[Errno " + Ops.str(errno) + "] " + Ops.str(strerror);
        if (filename == null || filename == PyNone.INSTANCE) {
            return base;
        }
        String first = base + ": " + Ops.repr(filename);
        return filename2 == null || filename2 == PyNone.INSTANCE ? first : first + " -> " + Ops.repr(filename2);
    }

    @Override
    public PyObject getAttr(String name) {
        return switch (name) {
            case "errno" -> errno == null ? PyNone.INSTANCE : errno;
            case "strerror" -> strerror == null ? PyNone.INSTANCE : strerror;
            case "filename" -> filename == null ? PyNone.INSTANCE : filename;
            case "filename2" -> filename2 == null ? PyNone.INSTANCE : filename2;
            default -> super.getAttr(name);
        };
    }
}
