package dev.terrarium.runtime;

/** {@code OSError} and subclasses: {@code [Errno 2] No such file or directory: 'x'}. */
final class PyOSError extends PyBaseException {
    private final int errno;
    private final String filename;

    PyOSError(PyType type, int errno, String filename, PyObject... args) {
        super(type, args);
        this.errno = errno;
        this.filename = filename;
    }

    @Override
    public String str() {
        String base = "[Errno " + errno + "] " + OsErrors.strerror(errno);
        return filename == null ? base : base + ": " + PyStr.of(filename).repr();
    }

    @Override
    public PyObject getAttr(String name) {
        return switch (name) {
            case "errno" -> PyInt.of(errno);
            case "strerror" -> PyStr.of(OsErrors.strerror(errno));
            case "filename" -> filename == null ? PyNone.INSTANCE : PyStr.of(filename);
            default -> super.getAttr(name);
        };
    }
}
