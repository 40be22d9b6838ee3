package dev.terrarium.controller.vfs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;

/** A regular host file opened read-only for the guest. */
final class HostFile implements OpenFile {
    private final FileChannel channel;

    HostFile(FileChannel channel) {
        this.channel = channel;
    }

    @Override
    public byte[] read(int maxBytes) throws ErrnoException {
        ByteBuffer buffer = ByteBuffer.allocate(maxBytes);
        try {
            while (buffer.hasRemaining()) {
                if (channel.read(buffer) < 0) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new ErrnoException(Errno.EIO);
        }
        return Arrays.copyOf(buffer.array(), buffer.position());
    }

    @Override
    public long write(byte[] data) throws ErrnoException {
        throw new ErrnoException(Errno.EBADF); // opened read-only, as write(2) on an O_RDONLY fd
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing the guest could do about it
        }
    }
}
