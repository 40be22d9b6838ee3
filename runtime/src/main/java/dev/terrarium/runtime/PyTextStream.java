package dev.terrarium.runtime;

/** {@code sys.stdout} and {@code sys.stderr}: text streams over the guest's fds 1 and 2. */
public final class PyTextStream extends PyObject {
    public static final PyType TYPE = PyType.builtin("TextIOWrapper", PyType.OBJECT, null);

    static {
        TYPE.define("write", new PyMethodDescriptor(TYPE, "write", (s, a, k) -> {
            ArgParser.noKeywords("write", k);
            ArgParser.arity("write", a, 1, 1);
            if (!(a[0] instanceof PyStr text)) {
                throw PyErrors.typeError("write() argument must be str, not %s", a[0].type().name());
            }
            ((PyTextStream) s).write(text.value());
            return PyInt.of(text.length());
        }));
        TYPE.define("flush", new PyMethodDescriptor(TYPE, "flush", (s, a, k) -> {
            if (((PyTextStream) s).fd == 1) {
                GuestIO.flushStdout();
            }
            return PyNone.INSTANCE;
        }));
        TYPE.define("isatty", new PyMethodDescriptor(TYPE, "isatty", (s, a, k) -> {
            ArgParser.noArgs("isatty", a, k);
            // the controller knows whether its own stream behind this fd is a terminal
            dev.terrarium.runtime.external.Reply r = GuestIO.door().call(
                    dev.terrarium.runtime.external.Request.of(dev.terrarium.runtime.external.Op.ISATTY,
                            (long) ((PyTextStream) s).fd));
            return PyBool.of(r.isOk() && Long.valueOf(1).equals(r.values().get(0)));
        }));
    }

    final int fd;
    private final String name;

    PyTextStream(int fd, String name) {
        this.fd = fd;
        this.name = name;
    }

    void write(String text) {
        if (fd == 1) {
            GuestIO.writeStdout(text);
        } else {
            GuestIO.writeStderr(text);
        }
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return "<_io.TextIOWrapper name='" + name + "' mode='w' encoding='utf-8'>";
    }
}
