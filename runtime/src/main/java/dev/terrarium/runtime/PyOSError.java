package dev.terrarium.runtime;

/** {@code OSError} and subclasses: {@code [Errno 2] No such file or directory: 'x'}. */
final class PyOSError extends PyBaseException {
    private final int errno;
    private final String filename;

    /** The second path of a two-path call (rename), or null. */
    private String filename2;

    PyOSError(PyType type, int errno, String filename, PyObject... args) {
        super(type, args);
        this.errno = errno;
        this.filename = filename;
    }

    PyOSError withFilename2(String second) {
        this.filename2 = second;
        return this;
    }

    @Override
    public String str() {
        String base = "[Errno " + errno + "] " + OsErrors.strerror(errno);
        if (filename == null) {
            return base;
        }
        String first = base + ": " + PyStr.of(filename).repr();
        return filename2 == null ? first : first + " -> " + PyStr.of(filename2).repr();
    }

    @Override
    public PyObject getAttr(String name) {
        return switch (name) {
            case "errno" -> PyInt.of(errno);
            case "strerror" -> PyStr.of(OsErrors.strerror(errno));
            case "filename" -> filename == null ? PyNone.INSTANCE : PyStr.of(filename);
            case "filename2" -> filename2 == null ? PyNone.INSTANCE : PyStr.of(filename2);
            default -> super.getAttr(name);
        };
    }
}
