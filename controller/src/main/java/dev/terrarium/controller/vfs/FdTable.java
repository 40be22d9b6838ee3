package dev.terrarium.controller.vfs;

import java.util.ArrayList;
import java.util.List;

/**
 * The guest's file descriptors: 0, 1 and 2 are its standard streams, the rest are handed
 * out lowest-free-first as POSIX does, below a limit (as RLIMIT_NOFILE; then EMFILE), so a
 * guest cannot pile up host file handles.
 */
public final class FdTable {
    /** The default for the most descriptors open at once, standard streams included. */
    public static final int MAX_FDS = 256;

    private final List<OpenFile> files = new ArrayList<>();
    private final int maxFds;

    public FdTable(OpenFile stdin, OpenFile stdout, OpenFile stderr) {
        this(stdin, stdout, stderr, MAX_FDS);
    }

    /** A table whose descriptors stay below {@code maxFds} (at least 3, the standard streams). */
    public FdTable(OpenFile stdin, OpenFile stdout, OpenFile stderr, int maxFds) {
        if (maxFds < 3) {
            throw new IllegalArgumentException("maxFds must be at least 3: " + maxFds);
        }
        this.maxFds = maxFds;
        files.add(stdin);
        files.add(stdout);
        files.add(stderr);
    }

    /** Fails with EMFILE unless a descriptor is free; call before acquiring host resources. */
    public void checkRoom() throws ErrnoException {
        if (lowestFree() >= maxFds) {
            throw new ErrnoException(Errno.EMFILE);
        }
    }

    /** Gives {@code file} the lowest free descriptor. */
    public int add(OpenFile file) throws ErrnoException {
        int fd = lowestFree();
        if (fd >= maxFds) {
            file.close();
            throw new ErrnoException(Errno.EMFILE);
        }
        if (fd == files.size()) {
            files.add(file);
        } else {
            files.set(fd, file);
        }
        return fd;
    }

    /** The file behind {@code fd}, or EBADF. */
    public OpenFile get(long fd) throws ErrnoException {
        if (fd < 0 || fd >= files.size() || files.get((int) fd) == null) {
            throw new ErrnoException(Errno.EBADF);
        }
        return files.get((int) fd);
    }

    /** Closes {@code fd}, or EBADF if it is not open. */
    public void close(long fd) throws ErrnoException {
        OpenFile file = get(fd);
        files.set((int) fd, null);
        file.close();
    }

    /** Closes every descriptor (end of the run). */
    public void closeAll() {
        for (int fd = 0; fd < files.size(); fd++) {
            OpenFile file = files.get(fd);
            if (file != null) {
                files.set(fd, null);
                file.close();
            }
        }
    }

    private int lowestFree() {
        int index = files.indexOf(null);
        return index >= 0 ? index : files.size();
    }
}
