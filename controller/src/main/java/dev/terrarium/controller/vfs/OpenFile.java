package dev.terrarium.controller.vfs;

/** What a guest file descriptor refers to: a host file, a memory file, a directory, or a standard stream. */
public interface OpenFile {

    /** Up to {@code maxBytes} bytes (at least 1 requested); empty at end of file. */
    byte[] read(int maxBytes) throws ErrnoException;

    /** Writes {@code data}, returning how many bytes were written. */
    long write(byte[] data) throws ErrnoException;

    /** Releases whatever the descriptor holds on the host; never fails. */
    void close();

    /** lseek(2): the new offset. Streams cannot seek (ESPIPE). */
    default long seek(long offset, int whence) throws ErrnoException {
        throw new ErrnoException(Errno.ESPIPE);
    }

    /** fstat(2) of the descriptor. */
    default Stat stat() throws ErrnoException {
        return Stat.stream();
    }

    /** ftruncate(2); EINVAL unless the file is a regular file open for writing (as Linux). */
    default void truncate(long length) throws ErrnoException {
        throw new ErrnoException(Errno.EINVAL);
    }

    /** The lseek arithmetic shared by seekable files: EINVAL for a bad whence or a negative result. */
    static long seekTarget(long offset, int whence, long position, long size) throws ErrnoException {
        long base;
        switch (whence) {
            case 0:
                base = 0;
                break;
            case 1:
                base = position;
                break;
            case 2:
                base = size;
                break;
            default:
                throw new ErrnoException(Errno.EINVAL);
        }
        long target;
        try {
            target = Math.addExact(base, offset);
        } catch (ArithmeticException e) {
            throw new ErrnoException(Errno.EINVAL);
        }
        if (target < 0) {
            throw new ErrnoException(Errno.EINVAL);
        }
        return target;
    }
}
