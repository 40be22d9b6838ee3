package dev.terrarium.controller.vfs;

/** The Linux errno values the controller answers with (the runtime maps them to OSError subclasses). */
public final class Errno {
    private Errno() {}

    public static final int ENOENT = 2;
    /** Interrupted: the run's RunControl was interrupted while the request waited (the guest raises KeyboardInterrupt). */
    public static final int EINTR = 4;
    public static final int EIO = 5;
    public static final int ENOMEM = 12;
    public static final int EBADF = 9;
    public static final int EACCES = 13;
    public static final int EEXIST = 17;
    public static final int EBUSY = 16;
    public static final int EXDEV = 18;
    public static final int ENOTDIR = 20;
    public static final int EISDIR = 21;
    public static final int EINVAL = 22;
    public static final int EMFILE = 24;
    public static final int ENOSPC = 28;
    public static final int ESPIPE = 29;
    public static final int EROFS = 30;
    public static final int EPIPE = 32;
    public static final int ENAMETOOLONG = 36;
    public static final int ENOTEMPTY = 39;
    public static final int ELOOP = 40;
}
