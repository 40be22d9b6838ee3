package dev.terrarium.controller.vfs;

/** Linux x86-64 {@code open(2)} flag bits, as the guest sends them in OPEN (CPython's os.O_*). */
public final class OpenFlags {
    private OpenFlags() {}

    public static final long O_ACCMODE = 03;
    public static final long O_RDONLY = 00;
    public static final long O_WRONLY = 01;
    public static final long O_RDWR = 02;
    public static final long O_CREAT = 0100;
    public static final long O_EXCL = 0200;
    public static final long O_TRUNC = 01000;
    public static final long O_APPEND = 02000;
    public static final long O_DIRECTORY = 0200000;
    public static final long O_NOFOLLOW = 0400000;
    public static final long O_CLOEXEC = 02000000;

    /** True if the flags ask to change the file system (write, create or truncate). */
    public static boolean wantsWrite(long flags) {
        return (flags & O_ACCMODE) != O_RDONLY || (flags & (O_CREAT | O_TRUNC)) != 0;
    }
}
