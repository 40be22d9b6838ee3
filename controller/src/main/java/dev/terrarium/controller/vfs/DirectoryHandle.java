package dev.terrarium.controller.vfs;

/** A directory opened with O_DIRECTORY: it can be closed, not read as bytes (EISDIR, as read(2)). */
final class DirectoryHandle implements OpenFile {
    @Override
    public byte[] read(int maxBytes) throws ErrnoException {
        throw new ErrnoException(Errno.EISDIR);
    }

    @Override
    public long write(byte[] data) throws ErrnoException {
        throw new ErrnoException(Errno.EBADF);
    }

    @Override
    public void close() {
    }
}
