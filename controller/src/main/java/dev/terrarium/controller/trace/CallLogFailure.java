package dev.terrarium.controller.trace;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The controller could not write (or open) a trace or record file: the run stops, with
 * this exception's message as its one-line reason. A call log that silently lost lines
 * would be worse than none.
 */
public final class CallLogFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CallLogFailure(String message) {
        super(message, null, false, false);
    }

    /** The failure to write {@code file} (what: "trace", "record"), with a one-line reason for {@code cause}. */
    static CallLogFailure writing(String what, Path file, Exception cause) {
        return new CallLogFailure("cannot write the " + what + " file " + file + ": " + describe(cause));
    }

    /**
     * Closes (and so flushes) a log file's stream; a failure is {@link #writing} unless a
     * write already failed and was reported.
     */
    static void close(Closeable out, boolean alreadyFailed, String what, Path file) {
        try {
            out.close();
        } catch (IOException e) {
            if (!alreadyFailed) {
                throw writing(what, file, e);
            }
        }
    }

    /** A one-line reason for an I/O failure; java.nio's exceptions name only the file, so say what went wrong. */
    static String describe(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "No such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "Permission denied";
        }
        if (e instanceof FileSystemException) {
            String reason = ((FileSystemException) e).getReason();
            return reason != null ? reason : e.getClass().getSimpleName();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
