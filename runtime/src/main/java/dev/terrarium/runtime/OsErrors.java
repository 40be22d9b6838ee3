package dev.terrarium.runtime;

/**
 * Errno to exception mapping, as CPython's {@code OSError.__new__} picks a subclass
 * (compare {@code Objects/exceptions.c}, errnomap) and Linux's {@code strerror} texts.
 */
final class OsErrors {
    private OsErrors() {}

    static String strerror(int errno) {
        // Linux (glibc) strerror texts.
        return switch (errno) {
            case 1 -> "Operation not permitted";
            case 2 -> "No such file or directory";
            case 3 -> "No such process";
            case 4 -> "Interrupted system call";
            case 5 -> "Input/output error";
            case 6 -> "No such device or address";
            case 7 -> "Argument list too long";
            case 8 -> "Exec format error";
            case 9 -> "Bad file descriptor";
            case 10 -> "No child processes";
            case 11 -> "Resource temporarily unavailable";
            case 12 -> "Cannot allocate memory";
            case 13 -> "Permission denied";
            case 14 -> "Bad address";
            case 15 -> "Block device required";
            case 16 -> "Device or resource busy";
            case 17 -> "File exists";
            case 18 -> "Invalid cross-device link";
            case 19 -> "No such device";
            case 20 -> "Not a directory";
            case 21 -> "Is a directory";
            case 22 -> "Invalid argument";
            case 23 -> "Too many open files in system";
            case 24 -> "Too many open files";
            case 25 -> "Inappropriate ioctl for device";
            case 26 -> "Text file busy";
            case 27 -> "File too large";
            case 28 -> "No space left on device";
            case 29 -> "Illegal seek";
            case 30 -> "Read-only file system";
            case 31 -> "Too many links";
            case 32 -> "Broken pipe";
            case 33 -> "Numerical argument out of domain";
            case 34 -> "Numerical result out of range";
            case 35 -> "Resource deadlock avoided";
            case 36 -> "File name too long";
            case 37 -> "No locks available";
            case 38 -> "Function not implemented";
            case 39 -> "Directory not empty";
            case 40 -> "Too many levels of symbolic links";
            case 42 -> "No message of desired type";
            case 43 -> "Identifier removed";
            case 44 -> "Channel number out of range";
            case 45 -> "Level 2 not synchronized";
            case 46 -> "Level 3 halted";
            case 47 -> "Level 3 reset";
            case 48 -> "Link number out of range";
            case 49 -> "Protocol driver not attached";
            case 50 -> "No CSI structure available";
            case 51 -> "Level 2 halted";
            case 52 -> "Invalid exchange";
            case 53 -> "Invalid request descriptor";
            case 54 -> "Exchange full";
            case 55 -> "No anode";
            case 56 -> "Invalid request code";
            case 57 -> "Invalid slot";
            case 59 -> "Bad font file format";
            case 60 -> "Device not a stream";
            case 61 -> "No data available";
            case 62 -> "Timer expired";
            case 63 -> "Out of streams resources";
            case 64 -> "Machine is not on the network";
            case 65 -> "Package not installed";
            case 66 -> "Object is remote";
            case 67 -> "Link has been severed";
            case 68 -> "Advertise error";
            case 69 -> "Srmount error";
            case 70 -> "Communication error on send";
            case 71 -> "Protocol error";
            case 72 -> "Multihop attempted";
            case 73 -> "RFS specific error";
            case 74 -> "Bad message";
            case 75 -> "Value too large for defined data type";
            case 76 -> "Name not unique on network";
            case 77 -> "File descriptor in bad state";
            case 78 -> "Remote address changed";
            case 79 -> "Can not access a needed shared library";
            case 80 -> "Accessing a corrupted shared library";
            case 81 -> ".lib section in a.out corrupted";
            case 82 -> "Attempting to link in too many shared libraries";
            case 83 -> "Cannot exec a shared library directly";
            case 84 -> "Invalid or incomplete multibyte or wide character";
            case 85 -> "Interrupted system call should be restarted";
            case 86 -> "Streams pipe error";
            case 87 -> "Too many users";
            case 88 -> "Socket operation on non-socket";
            case 89 -> "Destination address required";
            case 90 -> "Message too long";
            case 91 -> "Protocol wrong type for socket";
            case 92 -> "Protocol not available";
            case 93 -> "Protocol not supported";
            case 94 -> "Socket type not supported";
            case 95 -> "Operation not supported";
            case 96 -> "Protocol family not supported";
            case 97 -> "Address family not supported by protocol";
            case 98 -> "Address already in use";
            case 99 -> "Cannot assign requested address";
            case 100 -> "Network is down";
            case 101 -> "Network is unreachable";
            case 102 -> "Network dropped connection on reset";
            case 103 -> "Software caused connection abort";
            case 104 -> "Connection reset by peer";
            case 105 -> "No buffer space available";
            case 106 -> "Transport endpoint is already connected";
            case 107 -> "Transport endpoint is not connected";
            case 108 -> "Cannot send after transport endpoint shutdown";
            case 109 -> "Too many references: cannot splice";
            case 110 -> "Connection timed out";
            case 111 -> "Connection refused";
            case 112 -> "Host is down";
            case 113 -> "No route to host";
            case 114 -> "Operation already in progress";
            case 115 -> "Operation now in progress";
            case 116 -> "Stale file handle";
            case 117 -> "Structure needs cleaning";
            case 118 -> "Not a XENIX named type file";
            case 119 -> "No XENIX semaphores available";
            case 120 -> "Is a named type file";
            case 121 -> "Remote I/O error";
            case 122 -> "Disk quota exceeded";
            case 123 -> "No medium found";
            case 124 -> "Wrong medium type";
            case 125 -> "Operation canceled";
            case 126 -> "Required key not available";
            case 127 -> "Key has expired";
            case 128 -> "Key has been revoked";
            case 129 -> "Key was rejected by service";
            case 130 -> "Owner died";
            case 131 -> "State not recoverable";
            case 132 -> "Operation not possible due to RF-kill";
            case 133 -> "Memory page has hardware error";
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
