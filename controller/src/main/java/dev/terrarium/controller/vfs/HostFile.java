package dev.terrarium.controller.vfs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A regular host file opened for the guest. The channel is always open for reading (so that
 * fstat and seeks work on any descriptor); {@code readable} and {@code writable} are what
 * the guest's access mode allows (else EBADF, as read(2) and write(2)). Writes are charged
 * to the run's quota before anything is written.
 */
final class HostFile implements OpenFile {
    private final FileChannel channel;
    private final Path path;
    private final HostVolume volume;
    private final boolean readable;
    private final boolean writable;
    private final boolean append;
    private final Quota quota;

    HostFile(FileChannel channel, Path path, HostVolume volume, boolean readable, boolean writable, boolean append,
            Quota quota) {
        this.channel = channel;
        this.path = path;
        this.volume = volume;
        this.readable = readable;
        this.writable = writable;
        this.append = append;
        this.quota = quota;
    }

    @Override
    public byte[] read(int maxBytes) throws ErrnoException {
        if (!readable) {
            throw new ErrnoException(Errno.EBADF);
        }
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
        if (!writable) {
            throw new ErrnoException(Errno.EBADF);
        }
        try {
            if (append) {
                channel.position(channel.size());
            }
            long position = channel.position();
            long size = channel.size();
            // A write past the end makes a hole: it counts as written, as in the memory mounts.
            quota.chargeWrite(data.length + Math.max(0, position - size), Math.max(size, position + data.length));
            ByteBuffer buffer = ByteBuffer.wrap(data);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            return data.length;
        } catch (IOException e) {
            throw new ErrnoException(Errno.EIO);
        }
    }

    @Override
    public long seek(long offset, int whence) throws ErrnoException {
        try {
            long target = OpenFile.seekTarget(offset, whence, channel.position(), channel.size());
            channel.position(target);
            return target;
        } catch (IOException e) {
            throw new ErrnoException(Errno.EIO);
        }
    }

    @Override
    public Stat stat() throws ErrnoException {
        try {
            long size = channel.size();
            try {
                Stat byPath = volume.statOf(path);
                return new Stat(byPath.mode(), size, byPath.atimeNs(), byPath.mtimeNs(), byPath.ctimeNs(),
                        byPath.nlink(), 0, 0);
            } catch (ErrnoException gone) {
                // renamed or unlinked since it was opened: what the descriptor itself still knows
                return new Stat(Stat.S_IFREG | 0600, size, 0, 0, 0, 0, 0, 0);
            }
        } catch (IOException e) {
            throw new ErrnoException(Errno.EIO);
        }
    }

    @Override
    public void truncate(long length) throws ErrnoException {
        if (!writable || length < 0) {
            throw new ErrnoException(Errno.EINVAL);
        }
        try {
            HostVolume.resize(channel, length, quota);
        } catch (IOException e) {
            throw new ErrnoException(Errno.EIO);
        }
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
