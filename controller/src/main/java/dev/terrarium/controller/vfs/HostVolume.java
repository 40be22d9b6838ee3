package dev.terrarium.controller.vfs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A host folder shown to the guest, read-only or read-write. Guest components are walked one
 * by one on the host; a host symbolic link is followed only if its real target lies inside
 * the mounted folder (else EACCES), so nothing outside the mount can be opened, changed or
 * even probed through a link. Only regular files and directories are offered: a FIFO,
 * device or socket could block the controller or reach the host, so it is refused with
 * EACCES. A read-only volume refuses every change with EROFS, as a read-only Linux mount;
 * a writable one charges what it writes and creates to the run's {@link Quota}.
 */
final class HostVolume implements Volume {
    private final Path realRoot;
    private final boolean writable;
    private final Quota quota;

    /** Mounts {@code hostFolder}, which must be an existing directory. */
    HostVolume(Path hostFolder, boolean writable, Quota quota) throws IOException {
        this.realRoot = hostFolder.toRealPath();
        if (!Files.isDirectory(realRoot)) {
            throw new IOException("not a directory: " + hostFolder);
        }
        this.writable = writable;
        this.quota = quota;
    }

    Path realRoot() {
        return realRoot;
    }

    /** A host entry reached from the guest: its host path, and its attributes (null if it does not exist). */
    private record Entry(Path path, BasicFileAttributes attributes) {
        boolean exists() {
            return attributes != null;
        }

        boolean isDirectory() {
            return attributes != null && attributes.isDirectory();
        }
    }

    /**
     * Walks {@code components}: every directory on the way must exist (ENOENT) and be one
     * (ENOTDIR), links inside the mount are followed, links out of it are EACCES. The last
     * component is followed only if {@code followLast}; it may be missing.
     */
    private Entry locate(List<String> components, boolean followLast) throws ErrnoException {
        Path current = realRoot;
        BasicFileAttributes attributes = attributes(realRoot);
        for (int i = 0; i < components.size(); i++) {
            boolean last = i == components.size() - 1;
            Path next = current.resolve(components.get(i));
            attributes = attributes(next);
            if (attributes == null) {
                if (last) {
                    return new Entry(next, null);
                }
                throw new ErrnoException(Errno.ENOENT);
            }
            if (attributes.isSymbolicLink() && (!last || followLast)) {
                next = followInside(next);
                attributes = attributes(next);
                if (attributes == null) {
                    throw new ErrnoException(Errno.ENOENT);
                }
            }
            if (!last && !attributes.isDirectory()) {
                throw new ErrnoException(Errno.ENOTDIR);
            }
            current = next;
        }
        return new Entry(current, attributes);
    }

    /** The entry's own attributes (a link is not followed), or null if it does not exist. */
    private static BasicFileAttributes attributes(Path path) throws ErrnoException {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        } catch (AccessDeniedException e) {
            throw new ErrnoException(Errno.EACCES);
        } catch (FileSystemException e) {
            throw new ErrnoException(errnoOf(e));
        } catch (IOException e) {
            throw new ErrnoException(Errno.EIO);
        }
    }

    /**
     * Where the link {@code link} really leads, if that is inside the mount; EACCES if it
     * leads outside. A dangling link is ENOENT when its own target text points inside the
     * mount, EACCES otherwise (so a link cannot probe which host paths exist).
     */
    private Path followInside(Path link) throws ErrnoException {
        Path real;
        try {
            real = link.toRealPath();
        } catch (NoSuchFileException e) {
            Path target;
            try {
                target = link.getParent().resolve(Files.readSymbolicLink(link)).normalize();
            } catch (IOException | UnsupportedOperationException inner) {
                throw new ErrnoException(Errno.EACCES);
            }
            throw new ErrnoException(target.startsWith(realRoot) ? Errno.ENOENT : Errno.EACCES);
        } catch (FileSystemException e) {
            throw new ErrnoException(Errno.ELOOP); // e.g. a cycle of links
        } catch (IOException e) {
            throw new ErrnoException(Errno.EIO);
        }
        if (!real.startsWith(realRoot)) {
            throw new ErrnoException(Errno.EACCES);
        }
        return real;
    }

    private Entry existing(List<String> components, boolean follow) throws ErrnoException {
        Entry entry = locate(components, follow);
        if (!entry.exists()) {
            throw new ErrnoException(Errno.ENOENT);
        }
        return entry;
    }

    /** Only regular files, directories and (unfollowed) links are offered to the guest. */
    private static void checkOffered(Entry entry) throws ErrnoException {
        BasicFileAttributes a = entry.attributes();
        if (!a.isRegularFile() && !a.isDirectory() && !a.isSymbolicLink()) {
            throw new ErrnoException(Errno.EACCES);
        }
    }

    private void checkWritable() throws ErrnoException {
        if (!writable) {
            throw new ErrnoException(Errno.EROFS);
        }
    }

    @Override
    public Stat stat(List<String> components, boolean follow) throws ErrnoException {
        Entry entry = existing(components, follow);
        checkOffered(entry);
        return statOf(entry.path());
    }

    Stat statOf(Path path) throws ErrnoException {
        try {
            Map<String, Object> a = Files.readAttributes(path,
                    "unix:mode,size,lastAccessTime,lastModifiedTime,ctime,nlink", LinkOption.NOFOLLOW_LINKS);
            long mode = ((Number) a.get("mode")).longValue();
            Stat stat = new Stat(mode, ((Number) a.get("size")).longValue(), nanos(a.get("lastAccessTime")),
                    nanos(a.get("lastModifiedTime")), nanos(a.get("ctime")), ((Number) a.get("nlink")).longValue(), 0, 0);
            return writable ? stat : stat.readOnly();
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return basicStat(path); // a host without the "unix" view
        } catch (NoSuchFileException e) {
            throw new ErrnoException(Errno.ENOENT);
        } catch (IOException e) {
            throw new ErrnoException(Errno.EIO);
        }
    }

    private Stat basicStat(Path path) throws ErrnoException {
        try {
            BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            long time = nanos(a.lastModifiedTime());
            long permissions = writable ? 0755 : 0555;
            Stat stat = a.isDirectory() ? Stat.directory(permissions, time)
                    : a.isSymbolicLink() ? new Stat(Stat.S_IFLNK | 0777, a.size(), time, time, time, 1, 0, 0)
                    : Stat.regular(permissions & 0666, a.size(), time);
            return writable ? stat : stat.readOnly();
        } catch (IOException e) {
            throw new ErrnoException(Errno.EIO);
        }
    }

    private static long nanos(Object time) {
        return time instanceof FileTime ? ((FileTime) time).to(TimeUnit.NANOSECONDS) : 0;
    }

    @Override
    public OpenFile open(List<String> components, long flags, long mode) throws ErrnoException {
        Volume.checkAccessMode(flags);
        boolean noFollow = (flags & OpenFlags.O_NOFOLLOW) != 0;
        Entry entry = locate(components, !noFollow);
        boolean create = (flags & OpenFlags.O_CREAT) != 0;
        if (!entry.exists()) {
            if (!create) {
                throw new ErrnoException(Errno.ENOENT);
            }
            if ((flags & OpenFlags.O_DIRECTORY) != 0) {
                throw new ErrnoException(Errno.EINVAL); // Linux: O_CREAT with O_DIRECTORY
            }
            checkWritable();
            quota.chargeFile();
            OpenFile created = openChannel(entry.path(), flags, true);
            applyMode(entry.path(), mode | 0600);
            return created;
        }
        if (create && (flags & OpenFlags.O_EXCL) != 0) {
            throw new ErrnoException(Errno.EEXIST);
        }
        if (entry.attributes().isSymbolicLink()) {
            throw new ErrnoException(Errno.ELOOP); // O_NOFOLLOW on a link
        }
        boolean write = OpenFlags.wantsWrite(flags);
        if (entry.isDirectory()) {
            if (write || (flags & OpenFlags.O_DIRECTORY) == 0) {
                throw new ErrnoException(Errno.EISDIR);
            }
            return new DirectoryHandle(statOf(entry.path()));
        }
        if ((flags & OpenFlags.O_DIRECTORY) != 0) {
            throw new ErrnoException(Errno.ENOTDIR);
        }
        if (!entry.attributes().isRegularFile()) {
            throw new ErrnoException(Errno.EACCES);
        }
        // O_CREAT alone does not change an existing file: only writing or truncating needs a writable mount.
        if ((flags & OpenFlags.O_ACCMODE) != OpenFlags.O_RDONLY || (flags & OpenFlags.O_TRUNC) != 0) {
            checkWritable();
        }
        return openChannel(entry.path(), flags, false);
    }

    private OpenFile openChannel(Path path, long flags, boolean createNew) throws ErrnoException {
        long access = flags & OpenFlags.O_ACCMODE;
        boolean readable = access != OpenFlags.O_WRONLY;
        boolean canWrite = access != OpenFlags.O_RDONLY;
        Set<OpenOption> options = new HashSet<>();
        options.add(LinkOption.NOFOLLOW_LINKS);
        options.add(StandardOpenOption.READ); // always, so fstat and seeks work; reads are refused by HostFile
        if (canWrite || (flags & OpenFlags.O_TRUNC) != 0 || createNew) {
            options.add(StandardOpenOption.WRITE);
        }
        if (createNew) {
            options.add(StandardOpenOption.CREATE_NEW);
        }
        if ((flags & OpenFlags.O_TRUNC) != 0) {
            options.add(StandardOpenOption.TRUNCATE_EXISTING);
        }
        try {
            FileChannel channel = FileChannel.open(path, options);
            return new HostFile(channel, path, this, readable, canWrite, (flags & OpenFlags.O_APPEND) != 0, quota);
        } catch (FileAlreadyExistsException e) {
            throw new ErrnoException(Errno.EEXIST);
        } catch (AccessDeniedException e) {
            throw new ErrnoException(Errno.EACCES);
        } catch (FileSystemException e) {
            throw new ErrnoException(errnoOf(e));
        } catch (IOException e) {
            throw new ErrnoException(Errno.EIO);
        }
    }

    @Override
    public List<String> list(List<String> components) throws ErrnoException {
        Entry entry = existing(components, true);
        if (!entry.isDirectory()) {
            throw new ErrnoException(Errno.ENOTDIR);
        }
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(entry.path())) {
            for (Path child : stream) {
                names.add(child.getFileName().toString());
                if (names.size() > VirtualFileSystem.MAX_LISTING) {
                    throw new ErrnoException(Errno.ENOMEM);
                }
            }
        } catch (AccessDeniedException e) {
            throw new ErrnoException(Errno.EACCES);
        } catch (IOException e) {
            throw new ErrnoException(Errno.EIO);
        }
        Collections.sort(names);
        return names;
    }

    @Override
    public void mkdir(List<String> components, long mode) throws ErrnoException {
        if (components.isEmpty()) {
            throw new ErrnoException(Errno.EEXIST);
        }
        Entry entry = locate(components, false);
        if (entry.exists()) {
            throw new ErrnoException(Errno.EEXIST);
        }
        checkWritable();
        quota.chargeFile();
        try {
            Files.createDirectory(entry.path());
        } catch (IOException e) {
            throw new ErrnoException(e instanceof FileSystemException ? errnoOf((FileSystemException) e) : Errno.EIO);
        }
        applyMode(entry.path(), mode | 0700);
    }

    @Override
    public void rmdir(List<String> components) throws ErrnoException {
        if (components.isEmpty()) {
            throw new ErrnoException(Errno.EBUSY); // the mount point itself
        }
        Entry entry = existing(components, false);
        if (!entry.isDirectory()) {
            throw new ErrnoException(Errno.ENOTDIR);
        }
        checkWritable();
        delete(entry.path());
    }

    @Override
    public void unlink(List<String> components) throws ErrnoException {
        if (components.isEmpty()) {
            throw new ErrnoException(Errno.EISDIR);
        }
        Entry entry = existing(components, false);
        if (entry.isDirectory()) {
            throw new ErrnoException(Errno.EISDIR);
        }
        checkWritable();
        delete(entry.path());
    }

    private static void delete(Path path) throws ErrnoException {
        try {
            Files.delete(path);
        } catch (DirectoryNotEmptyException e) {
            throw new ErrnoException(Errno.ENOTEMPTY);
        } catch (FileSystemException e) {
            throw new ErrnoException(errnoOf(e));
        } catch (IOException e) {
            throw new ErrnoException(Errno.EIO);
        }
    }

    @Override
    public void rename(List<String> from, List<String> to) throws ErrnoException {
        if (from.isEmpty() || to.isEmpty()) {
            throw new ErrnoException(Errno.EBUSY);
        }
        Entry source = existing(from, false);
        Entry target = locate(to, false);
        checkWritable();
        if (Volume.isWithin(to, from) && !to.equals(from)) {
            throw new ErrnoException(Errno.EINVAL);
        }
        if (target.exists()) {
            if (source.path().equals(target.path())) {
                return;
            }
            if (source.isDirectory() && !target.isDirectory()) {
                throw new ErrnoException(Errno.ENOTDIR);
            }
            if (!source.isDirectory() && target.isDirectory()) {
                throw new ErrnoException(Errno.EISDIR);
            }
        }
        try {
            Files.move(source.path(), target.path(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (DirectoryNotEmptyException e) {
            throw new ErrnoException(Errno.ENOTEMPTY);
        } catch (FileSystemException e) {
            throw new ErrnoException(errnoOf(e));
        } catch (IOException e) {
            throw new ErrnoException(Errno.EIO);
        }
    }

    @Override
    public void truncate(List<String> components, long length) throws ErrnoException {
        Entry entry = existing(components, true);
        if (entry.isDirectory()) {
            throw new ErrnoException(Errno.EISDIR);
        }
        checkOffered(entry);
        checkWritable();
        if (length < 0) {
            throw new ErrnoException(Errno.EINVAL);
        }
        try (FileChannel channel = FileChannel.open(entry.path(), StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
            resize(channel, length, quota);
        } catch (IOException e) {
            throw new ErrnoException(e instanceof AccessDeniedException ? Errno.EACCES : Errno.EIO);
        }
    }

    /** Sets a host file's length, charging any growth to the quota (FileChannel.truncate only shrinks). */
    static void resize(FileChannel channel, long length, Quota quota) throws IOException, ErrnoException {
        long size = channel.size();
        if (length < size) {
            channel.truncate(length);
        } else if (length > size) {
            quota.chargeWrite(length - size, length);
            channel.write(ByteBuffer.wrap(new byte[1]), length - 1);
        }
    }

    /**
     * Gives a file the guest just created the permissions it asked for, less group and other
     * write (umask 022); callers keep the owner's access so the user can still use the file.
     */
    private static void applyMode(Path path, long mode) {
        java.util.Set<java.nio.file.attribute.PosixFilePermission> permissions =
                java.util.EnumSet.noneOf(java.nio.file.attribute.PosixFilePermission.class);
        java.nio.file.attribute.PosixFilePermission[] bits = java.nio.file.attribute.PosixFilePermission.values();
        for (int i = 0; i < bits.length; i++) { // OWNER_READ .. OTHERS_EXECUTE are 0400 .. 0001
            if ((mode & ~022 & (0400 >> i)) != 0) {
                permissions.add(bits[i]);
            }
        }
        try {
            Files.setPosixFilePermissions(path, permissions);
        } catch (IOException | UnsupportedOperationException ignored) {
            // a host without POSIX permissions keeps its defaults
        }
    }

    /** The errno of a host failure that Java reports only as text (its strerror). */
    static int errnoOf(FileSystemException e) {
        String reason = String.valueOf(e.getReason());
        if (reason.contains("Not a directory")) {
            return Errno.ENOTDIR;
        }
        if (reason.contains("Is a directory")) {
            return Errno.EISDIR;
        }
        if (reason.contains("No space left")) {
            return Errno.ENOSPC;
        }
        if (reason.contains("Read-only file system")) {
            return Errno.EROFS;
        }
        if (reason.contains("Too many levels of symbolic links")) {
            return Errno.ELOOP;
        }
        if (reason.contains("Directory not empty")) {
            return Errno.ENOTEMPTY;
        }
        if (reason.contains("Permission denied") || reason.contains("Operation not permitted")) {
            return Errno.EACCES;
        }
        return Errno.EIO;
    }
}
