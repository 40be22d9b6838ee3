package dev.terrarium.controller.vfs;

import java.util.List;

/**
 * One mounted tree, addressed by components relative to its root (already resolved in
 * guest space, so never "." or ".."; an empty list is the root). Each operation answers
 * as its POSIX call would, with an errno for every refusal.
 */
interface Volume {

    /** stat(2), or lstat(2) when {@code follow} is false. */
    Stat stat(List<String> path, boolean follow) throws ErrnoException;

    /** open(2) with Linux {@code flags}; {@code mode} gives the permissions of a created file. */
    OpenFile open(List<String> path, long flags, long mode) throws ErrnoException;

    /** The names in a directory, sorted. */
    List<String> list(List<String> path) throws ErrnoException;

    void mkdir(List<String> path, long mode) throws ErrnoException;

    void rmdir(List<String> path) throws ErrnoException;

    void unlink(List<String> path) throws ErrnoException;

    /** rename(2) within this volume, replacing {@code to} if it exists. */
    void rename(List<String> from, List<String> to) throws ErrnoException;

    void truncate(List<String> path, long length) throws ErrnoException;

    /** The checks open(2) makes of the access mode whatever the file: EINVAL for O_ACCMODE 3. */
    static void checkAccessMode(long flags) throws ErrnoException {
        if ((flags & OpenFlags.O_ACCMODE) == OpenFlags.O_ACCMODE) {
            throw new ErrnoException(Errno.EINVAL);
        }
    }

    /** True if {@code inner} is {@code outer} or below it (rename of a directory into itself is EINVAL). */
    static boolean isWithin(List<String> inner, List<String> outer) {
        return inner.size() >= outer.size() && inner.subList(0, outer.size()).equals(outer);
    }
}
