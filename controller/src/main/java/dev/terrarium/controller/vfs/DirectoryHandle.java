package dev.terrarium.controller.vfs;

/** A directory opened with O_DIRECTORY: it can be closed and stat'ed, not read as bytes (EISDIR, as read(2)). */
final class DirectoryHandle implements OpenFile {
    private final Stat stat;

    DirectoryHandle(Stat stat) {
        this.stat = stat;
    }

    @Override
    public byte[] read(int maxBytes) throws ErrnoException {
        throw new ErrnoException(Errno.EISDIR);
    }

    @Override
    public long write(byte[] data) throws ErrnoException {
        throw new ErrnoException(Errno.EBADF);
    }

    @Override
    public long seek(long offset, int whence) throws ErrnoException {
        return OpenFile.seekTarget(offset, whence, 0, 0);
    }

    @Override
    public Stat stat() {
        return stat;
    }

    @Override
    public void close() {
    }
}
