package dev.terrarium.controller.vfs;

/**
 * The write quotas of one run, shared by all its writable mounts: total bytes written (every
 * write, every hole left by writing past the end and every extension by truncate counts,
 * overwrites included), the largest size a file may reach, and how many files and
 * directories the guest may create. A charge that
 * would go over a limit fails with ENOSPC and changes nothing, so the operation that asked
 * for it writes nothing and everything written before stays intact. Also bounds the memory
 * that in-memory mounts can hold.
 */
public final class Quota {
    /** Default total bytes written in a run: 64 MiB. */
    public static final long DEFAULT_MAX_WRITE_BYTES = 64L << 20;
    /** Default largest file: 16 MiB. */
    public static final long DEFAULT_MAX_FILE_BYTES = 16L << 20;
    /** Default files and directories created in a run. */
    public static final long DEFAULT_MAX_FILES = 1000;

    private final long maxWriteBytes;
    private final long maxFileBytes;
    private final long maxFiles;
    private long written;
    private long created;

    public Quota(long maxWriteBytes, long maxFileBytes, long maxFiles) {
        this.maxWriteBytes = maxWriteBytes;
        this.maxFileBytes = maxFileBytes;
        this.maxFiles = maxFiles;
    }

    public static Quota defaults() {
        return new Quota(DEFAULT_MAX_WRITE_BYTES, DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_FILES);
    }

    /** Counts {@code bytes} about to be written to a file that will then be {@code newSize} bytes long. */
    void chargeWrite(long bytes, long newSize) throws ErrnoException {
        checkSize(newSize);
        if (bytes > maxWriteBytes - written) {
            throw new ErrnoException(Errno.ENOSPC);
        }
        written += bytes;
    }

    /** Fails unless a file may be {@code size} bytes long (charges nothing). */
    void checkSize(long size) throws ErrnoException {
        if (size > maxFileBytes) {
            throw new ErrnoException(Errno.ENOSPC);
        }
    }

    /** Counts one file or directory about to be created. */
    void chargeFile() throws ErrnoException {
        if (created >= maxFiles) {
            throw new ErrnoException(Errno.ENOSPC);
        }
        created++;
    }

    public long written() {
        return written;
    }

    public long created() {
        return created;
    }
}
