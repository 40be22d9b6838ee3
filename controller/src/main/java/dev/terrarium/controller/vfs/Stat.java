package dev.terrarium.controller.vfs;

import java.util.List;

/**
 * What STAT, LSTAT and FSTAT tell the guest about a file: the fields of CPython's
 * {@code os.stat_result}. {@code dev} and {@code ino} are the controller's numbers (the
 * mount and a hash of the guest path), never the host's, and the owner is always the
 * guest ({@link #GUEST_UID}).
 */
public record Stat(long mode, long size, long atimeNs, long mtimeNs, long ctimeNs, long nlink, long dev, long ino) {
    public static final long S_IFMT = 0170000;
    public static final long S_IFDIR = 0040000;
    public static final long S_IFREG = 0100000;
    public static final long S_IFLNK = 0120000;
    public static final long S_IFIFO = 0010000;
    /** The uid and gid the guest sees on every file. */
    public static final long GUEST_UID = 1000;

    public static Stat directory(long permissions, long timeNs) {
        return new Stat(S_IFDIR | (permissions & 07777), 4096, timeNs, timeNs, timeNs, 2, 0, 0);
    }

    public static Stat regular(long permissions, long size, long timeNs) {
        return new Stat(S_IFREG | (permissions & 07777), size, timeNs, timeNs, timeNs, 1, 0, 0);
    }

    /** A standard stream: a pipe, as CPython sees fds 0 to 2 when it is not on a terminal. */
    public static Stat stream() {
        return new Stat(S_IFIFO | 0600, 0, 0, 0, 0, 1, 0, 0);
    }

    public boolean isDirectory() {
        return (mode & S_IFMT) == S_IFDIR;
    }

    public boolean isRegular() {
        return (mode & S_IFMT) == S_IFREG;
    }

    public boolean isSymlink() {
        return (mode & S_IFMT) == S_IFLNK;
    }

    /** This stat with the controller's device and inode numbers. */
    public Stat withIdentity(long newDev, long newIno) {
        return new Stat(mode, size, atimeNs, mtimeNs, ctimeNs, nlink, newDev, newIno);
    }

    /** This stat with the write permission bits cleared (a read-only mount). */
    public Stat readOnly() {
        return new Stat(mode & ~0222L, size, atimeNs, mtimeNs, ctimeNs, nlink, dev, ino);
    }

    /** The wire form, in {@code os.stat_result} order (see Op.FSTAT). */
    public List<Object> toWire() {
        return List.of(mode, ino, dev, nlink, GUEST_UID, GUEST_UID, size, atimeNs, mtimeNs, ctimeNs);
    }
}
