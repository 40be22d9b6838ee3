package dev.terrarium.controller.vfs;

/** The guest's stdin for now: always at end of file, like {@code /dev/null}; not writable. */
public final class EmptyInput implements OpenFile {
    @Override
    public byte[] read(int maxBytes) {
        return new byte[0];
    }

    @Override
    public long write(byte[] data) throws ErrnoException {
        throw new ErrnoException(Errno.EBADF);
    }

    @Override
    public void close() {
    }
}
