package dev.terrarium.controller.vfs;

/**
 * A file operation failed the way a POSIX call fails: the guest gets {@link #errno} back.
 * Carries no stack trace; it is an answer, not a bug.
 */
public final class ErrnoException extends Exception {
    private static final long serialVersionUID = 1L;

    public final int errno;

    public ErrnoException(int errno) {
        super("errno " + errno, null, false, false);
        this.errno = errno;
    }
}
