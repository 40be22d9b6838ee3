package dev.terrarium.runtime;

/**
 * Errno to exception mapping, as CPython's {@code OSError.__new__} picks a subclass
 * (compare {@code Objects/exceptions.c}, errnomap) and Linux's {@code strerror} texts.
 */
final class OsErrors {
    private OsErrors() {}

    static String strerror(int errno) {
        return switch (errno) {
            case 1 -> "Operation not permitted";
            case 2 -> "No such file or directory";
            case 5 -> "Input/output error";
            case 9 -> "Bad file descriptor";
            case 11 -> "Resource temporarily unavailable";
            case 12 -> "Cannot allocate memory";
            case 13 -> "Permission denied";
            case 17 -> "File exists";
            case 20 -> "Not a directory";
            case 21 -> "Is a directory";
            case 22 -> "Invalid argument";
            case 24 -> "Too many open files";
            case 27 -> "File too large";
            case 28 -> "No space left on device";
            case 30 -> "Read-only file system";
            case 32 -> "Broken pipe";
            case 36 -> "File name too long";
            case 39 -> "Directory not empty";
            case 40 -> "Too many levels of symbolic links";
            case 122 -> "Disk quota exceeded";
            default -> "Unknown error " + errno;
        };
    }

    static PyType typeFor(int errno) {
        return switch (errno) {
            case 1, 13 -> PyExc.PermissionError;
            case 2 -> PyExc.FileNotFoundError;
            case 17 -> PyExc.FileExistsError;
            case 20 -> PyExc.NotADirectoryError;
            case 21 -> PyExc.IsADirectoryError;
            case 32, 108 -> PyExc.BrokenPipeError; // EPIPE, ESHUTDOWN
            case 11, 114, 115 -> PyExc.BlockingIOError; // EAGAIN, EALREADY, EINPROGRESS
            case 4 -> PyExc.InterruptedError;
            case 110 -> PyExc.TimeoutError;
            case 10 -> PyExc.ChildProcessError; // ECHILD
            case 3 -> PyExc.ProcessLookupError; // ESRCH
            case 103 -> PyExc.ConnectionAbortedError;
            case 111 -> PyExc.ConnectionRefusedError;
            case 104 -> PyExc.ConnectionResetError;
            default -> PyExc.OSError;
        };
    }

    static PyBaseException create(int errno, String filename) {
        PyType type = typeFor(errno);
        PyObject[] args = filename == null
                ? new PyObject[] {PyInt.of(errno), PyStr.of(strerror(errno))}
                : new PyObject[] {PyInt.of(errno), PyStr.of(strerror(errno)), PyStr.of(filename)};
        return new PyOSError(type, errno, filename, args);
    }

    /** An OSError of a call on two paths (rename): {@code [Errno n] msg: 'from' -> 'to'}. */
    static PyBaseException create(int errno, String filename, String filename2) {
        PyOSError e = (PyOSError) create(errno, filename);
        return e.withFilename2(filename2);
    }
}
