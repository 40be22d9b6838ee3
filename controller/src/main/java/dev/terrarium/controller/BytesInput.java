package dev.terrarium.controller;

import dev.terrarium.controller.vfs.Errno;
import dev.terrarium.controller.vfs.ErrnoException;
import dev.terrarium.controller.vfs.OpenFile;

/**
 * A read-only stream over bytes held by the controller: a main script given as text, or a
 * stdin given as a string by an embedder. Reads return the next bytes until none are left.
 */
final class BytesInput implements OpenFile {
    private final byte[] data;
    private int position;

    BytesInput(byte[] data) {
        this.data = data;
    }

    @Override
    public byte[] read(int maxBytes) {
        int n = Math.min(maxBytes, data.length - position);
        byte[] chunk = java.util.Arrays.copyOfRange(data, position, position + n);
        position += n;
        return chunk;
    }

    @Override
    public long write(byte[] data) throws ErrnoException {
        throw new ErrnoException(Errno.EBADF);
    }

    @Override
    public void close() {
    }
}
