package dev.terrarium.controller.trace;

import dev.terrarium.controller.vfs.Errno;
import java.util.Map;

/** The symbolic names of the errno values the controller answers with, for the trace. */
final class ErrnoNames {
    private ErrnoNames() {}

    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(Errno.ENOENT, "ENOENT"), Map.entry(Errno.EIO, "EIO"), Map.entry(Errno.ENOMEM, "ENOMEM"),
            Map.entry(Errno.EBADF, "EBADF"), Map.entry(Errno.EACCES, "EACCES"), Map.entry(Errno.EEXIST, "EEXIST"),
            Map.entry(Errno.EBUSY, "EBUSY"), Map.entry(Errno.EXDEV, "EXDEV"), Map.entry(Errno.ENOTDIR, "ENOTDIR"),
            Map.entry(Errno.EISDIR, "EISDIR"), Map.entry(Errno.EINVAL, "EINVAL"), Map.entry(Errno.EMFILE, "EMFILE"),
            Map.entry(Errno.ENOSPC, "ENOSPC"), Map.entry(Errno.ESPIPE, "ESPIPE"), Map.entry(Errno.EROFS, "EROFS"),
            Map.entry(Errno.EPIPE, "EPIPE"), Map.entry(Errno.ENAMETOOLONG, "ENAMETOOLONG"),
            Map.entry(Errno.ENOTEMPTY, "ENOTEMPTY"), Map.entry(Errno.ELOOP, "ELOOP"));

    /** The name of {@code errno} ("ENOENT"), or null for a number the controller does not use. */
    static String of(int errno) {
        return NAMES.get(errno);
    }
}
