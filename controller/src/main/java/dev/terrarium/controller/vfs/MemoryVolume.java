package dev.terrarium.controller.vfs;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A tree of directories and files held in the controller's memory: the default {@code /tmp}
 * ({@link #empty}), and the upper layer of an overlay mount ({@link #overlay}).
 *
 * <p>An overlay starts as a lazy copy of a host folder, read through a read-only
 * {@link HostVolume} (so the same rules about links, devices and FIFOs apply): a directory's
 * entries are read from the host the first time the guest looks into it, and a file's
 * content only when the guest opens it for writing (a "copy-up", which must fit the quota's
 * largest file and counts against its total bytes written). Until then a file read is served from the host. Nothing is ever written to
 * the host, except by {@link #commit}, which makes the host folder match the tree.
 *
 * <p>Two invariants keep the commit simple: a file not yet copied up is still at the place
 * its host content came from, and so is a directory that came from the host. Renaming such
 * a file copies it up first; renaming such a directory answers EXDEV, which CPython's
 * {@code shutil.move} handles by copying.
 */
final class MemoryVolume implements Volume {
    private final Quota quota;
    /** The host folder beneath an overlay, or null for a plain memory tree. */
    private final HostVolume lower;
    private final Dir root;

    private MemoryVolume(Quota quota, HostVolume lower) {
        this.quota = quota;
        this.lower = lower;
        this.root = new Dir(0755, now(), lower == null ? null : List.of());
    }

    /** An empty, writable tree. */
    static MemoryVolume empty(Quota quota) {
        return new MemoryVolume(quota, null);
    }

    /** A writable tree showing {@code lower}'s content until the guest changes it. */
    static MemoryVolume overlay(HostVolume lower, Quota quota) {
        return new MemoryVolume(quota, lower);
    }

    /** True for an overlay (a tree over a host folder), false for a plain memory tree. */
    boolean isOverlay() {
        return lower != null;
    }

    private static long now() {
        java.time.Instant instant = java.time.Instant.now();
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }

    // ---- the tree -----------------------------------------------------------------------

    private abstract static class Node {
        long permissions;
        long mtimeNs;

        Node(long permissions, long mtimeNs) {
            this.permissions = permissions;
            this.mtimeNs = mtimeNs;
        }
    }

    private final class Dir extends Node {
        /** Where the host entries came from (components below the lower root), or null for a new directory. */
        final List<String> source;
        /** The entries, or null until read from the host. */
        private TreeMap<String, Node> entries;
        /** The entries as read from the host, to tell on commit what the guest removed or replaced. */
        private Map<String, Node> original;

        Dir(long permissions, long mtimeNs, List<String> source) {
            super(permissions, mtimeNs);
            this.source = source;
            if (source == null) {
                entries = new TreeMap<>();
            }
        }

        TreeMap<String, Node> entries() throws ErrnoException {
            if (entries == null) {
                entries = new TreeMap<>();
                for (String name : lower.list(source)) {
                    List<String> childSource = child(source, name);
                    Stat stat;
                    try {
                        stat = lower.stat(childSource, true);
                    } catch (ErrnoException refused) {
                        continue; // a link out of the mount, a FIFO, a device: not part of the overlay
                    }
                    entries.put(name, stat.isDirectory()
                            ? new Dir(stat.mode() & 07777, stat.mtimeNs(), childSource)
                            : new File(stat.mode() & 07777, stat.mtimeNs(), childSource, stat.size()));
                }
                original = new TreeMap<>(entries);
            }
            return entries;
        }

        boolean fromHost() {
            return source != null;
        }
    }

    private static final class File extends Node {
        /** Where the content still lies on the host (not copied up), or null once it is in {@link #data}. */
        List<String> source;
        long hostSize;
        byte[] data = new byte[0];
        int length;
        /** Changed since it came from the host (or new): written by a commit. */
        boolean dirty;

        File(long permissions, long mtimeNs, List<String> source, long hostSize) {
            super(permissions, mtimeNs);
            this.source = source;
            this.hostSize = hostSize;
            this.dirty = source == null;
        }

        long size() {
            return source != null ? hostSize : length;
        }
    }

    private static List<String> child(List<String> parent, String name) {
        List<String> path = new ArrayList<>(parent);
        path.add(name);
        return path;
    }

    /** The directory at {@code components}: ENOENT if missing, ENOTDIR if a file is on the way. */
    private Dir directory(List<String> components) throws ErrnoException {
        Dir current = root;
        for (String name : components) {
            Node next = current.entries().get(name);
            if (next == null) {
                throw new ErrnoException(Errno.ENOENT);
            }
            if (!(next instanceof Dir)) {
                throw new ErrnoException(Errno.ENOTDIR);
            }
            current = (Dir) next;
        }
        return current;
    }

    private static String lastName(List<String> components) {
        return components.get(components.size() - 1);
    }

    private Dir parentOf(List<String> components) throws ErrnoException {
        return directory(components.subList(0, components.size() - 1));
    }

    /** The node at {@code components}, or null if its directory exists and it does not. */
    private Node find(List<String> components) throws ErrnoException {
        if (components.isEmpty()) {
            return root;
        }
        return parentOf(components).entries().get(lastName(components));
    }

    private Node existing(List<String> components) throws ErrnoException {
        Node node = find(components);
        if (node == null) {
            throw new ErrnoException(Errno.ENOENT);
        }
        return node;
    }

    private Stat statOf(Node node) {
        if (node instanceof Dir) {
            return Stat.directory(node.permissions, node.mtimeNs);
        }
        return Stat.regular(node.permissions, ((File) node).size(), node.mtimeNs);
    }

    /** Brings a host file's content into memory, so it can change (or move) without touching the host. */
    private void copyUp(File file) throws ErrnoException {
        if (file.source == null) {
            return;
        }
        quota.checkSize(file.hostSize);
        OpenFile host = lower.open(file.source, OpenFlags.O_RDONLY, 0);
        try {
            java.io.ByteArrayOutputStream content = new java.io.ByteArrayOutputStream();
            for (byte[] chunk = host.read(1 << 16); chunk.length > 0; chunk = host.read(1 << 16)) {
                content.write(chunk, 0, chunk.length);
                quota.checkSize(content.size());
            }
            // The copy lives in the controller's memory: it counts as written, so that a guest
            // opening many host files for update cannot fill the controller's heap.
            quota.chargeWrite(content.size(), content.size());
            file.data = content.toByteArray();
            file.length = file.data.length;
            file.source = null;
        } finally {
            host.close();
        }
    }

    // ---- the operations -----------------------------------------------------------------

    @Override
    public Stat stat(List<String> components, boolean follow) throws ErrnoException {
        return statOf(existing(components));
    }

    @Override
    public OpenFile open(List<String> components, long flags, long mode) throws ErrnoException {
        Volume.checkAccessMode(flags);
        Node node = find(components);
        if (node == null) {
            if ((flags & OpenFlags.O_CREAT) == 0) {
                throw new ErrnoException(Errno.ENOENT);
            }
            if ((flags & OpenFlags.O_DIRECTORY) != 0) {
                throw new ErrnoException(Errno.EINVAL);
            }
            quota.chargeFile();
            File created = new File(mode & 0777 & ~022, now(), null, 0);
            parentOf(components).entries().put(lastName(components), created);
            return new MemoryFileHandle(created, flags);
        }
        if ((flags & (OpenFlags.O_CREAT | OpenFlags.O_EXCL)) == (OpenFlags.O_CREAT | OpenFlags.O_EXCL)) {
            throw new ErrnoException(Errno.EEXIST);
        }
        boolean write = OpenFlags.wantsWrite(flags);
        if (node instanceof Dir) {
            if (write || (flags & OpenFlags.O_DIRECTORY) == 0) {
                throw new ErrnoException(Errno.EISDIR);
            }
            return new DirectoryHandle(statOf(node));
        }
        if ((flags & OpenFlags.O_DIRECTORY) != 0) {
            throw new ErrnoException(Errno.ENOTDIR);
        }
        File file = (File) node;
        if (!write && file.source != null) {
            return lower.open(file.source, OpenFlags.O_RDONLY, 0);
        }
        if (write) {
            if ((flags & OpenFlags.O_TRUNC) != 0) {
                file.source = null;
                file.data = new byte[0];
                file.length = 0;
                file.dirty = true;
                file.mtimeNs = now();
            } else {
                copyUp(file);
            }
        }
        return new MemoryFileHandle(file, flags);
    }

    @Override
    public List<String> list(List<String> components) throws ErrnoException {
        Node node = existing(components);
        if (!(node instanceof Dir)) {
            throw new ErrnoException(Errno.ENOTDIR);
        }
        return new ArrayList<>(((Dir) node).entries().keySet());
    }

    @Override
    public void mkdir(List<String> components, long mode) throws ErrnoException {
        if (find(components) != null) {
            throw new ErrnoException(Errno.EEXIST);
        }
        quota.chargeFile();
        parentOf(components).entries().put(lastName(components), new Dir(mode & 0777 & ~022, now(), null));
    }

    @Override
    public void rmdir(List<String> components) throws ErrnoException {
        if (components.isEmpty()) {
            throw new ErrnoException(Errno.EBUSY);
        }
        Node node = existing(components);
        if (!(node instanceof Dir)) {
            throw new ErrnoException(Errno.ENOTDIR);
        }
        if (!((Dir) node).entries().isEmpty()) {
            throw new ErrnoException(Errno.ENOTEMPTY);
        }
        parentOf(components).entries().remove(lastName(components));
    }

    @Override
    public void unlink(List<String> components) throws ErrnoException {
        Node node = existing(components);
        if (node instanceof Dir) {
            throw new ErrnoException(Errno.EISDIR);
        }
        parentOf(components).entries().remove(lastName(components));
    }

    @Override
    public void rename(List<String> from, List<String> to) throws ErrnoException {
        if (from.isEmpty() || to.isEmpty()) {
            throw new ErrnoException(Errno.EBUSY);
        }
        Node source = existing(from);
        Dir targetParent = parentOf(to);
        Node target = targetParent.entries().get(lastName(to));
        if (Volume.isWithin(to, from) && !to.equals(from)) {
            throw new ErrnoException(Errno.EINVAL);
        }
        if (source == target) {
            return;
        }
        if (target != null) {
            if (source instanceof Dir && !(target instanceof Dir)) {
                throw new ErrnoException(Errno.ENOTDIR);
            }
            if (!(source instanceof Dir) && target instanceof Dir) {
                throw new ErrnoException(Errno.EISDIR);
            }
            if (target instanceof Dir && !((Dir) target).entries().isEmpty()) {
                throw new ErrnoException(Errno.ENOTEMPTY);
            }
        }
        if (source instanceof Dir && ((Dir) source).fromHost()) {
            throw new ErrnoException(Errno.EXDEV); // see the class comment
        }
        if (source instanceof File) {
            File file = (File) source;
            copyUp(file);
            file.dirty = true;
        }
        parentOf(from).entries().remove(lastName(from));
        targetParent.entries().put(lastName(to), source);
    }

    @Override
    public void truncate(List<String> components, long length) throws ErrnoException {
        Node node = existing(components);
        if (node instanceof Dir) {
            throw new ErrnoException(Errno.EISDIR);
        }
        if (length < 0) {
            throw new ErrnoException(Errno.EINVAL);
        }
        File file = (File) node;
        if (length == 0) {
            file.source = null;
        } else {
            copyUp(file);
        }
        resize(file, length, quota);
    }

    private static void resize(File file, long length, Quota quota) throws ErrnoException {
        if (length > file.length) {
            quota.chargeWrite(length - file.length, length);
            ensureCapacity(file, length);
        } else {
            java.util.Arrays.fill(file.data, (int) length, file.length, (byte) 0);
        }
        file.length = (int) length;
        file.dirty = true;
        file.mtimeNs = now();
    }

    private static void ensureCapacity(File file, long needed) {
        if (needed > file.data.length) {
            long grown = Math.max(needed, Math.min(Integer.MAX_VALUE - 8, file.data.length * 2L));
            file.data = java.util.Arrays.copyOf(file.data, (int) grown);
        }
    }

    /** A descriptor open on a memory file: its own position, the access mode's rights. */
    private final class MemoryFileHandle implements OpenFile {
        private final File file;
        private final boolean readable;
        private final boolean writable;
        private final boolean append;
        private long position;

        MemoryFileHandle(File file, long flags) {
            this.file = file;
            long access = flags & OpenFlags.O_ACCMODE;
            this.readable = access != OpenFlags.O_WRONLY;
            this.writable = access != OpenFlags.O_RDONLY;
            this.append = (flags & OpenFlags.O_APPEND) != 0;
        }

        @Override
        public byte[] read(int maxBytes) throws ErrnoException {
            if (!readable) {
                throw new ErrnoException(Errno.EBADF);
            }
            copyUp(file); // renamed or truncated elsewhere since: the content is in memory
            if (position >= file.length) {
                return new byte[0];
            }
            int count = (int) Math.min(maxBytes, file.length - position);
            byte[] chunk = java.util.Arrays.copyOfRange(file.data, (int) position, (int) position + count);
            position += count;
            return chunk;
        }

        @Override
        public long write(byte[] data) throws ErrnoException {
            if (!writable) {
                throw new ErrnoException(Errno.EBADF);
            }
            copyUp(file);
            long start = append ? file.length : position;
            long end = start + data.length;
            // A write past the end fills the hole with zeros: those bytes take memory too.
            quota.chargeWrite(data.length + Math.max(0, start - file.length), Math.max(end, file.length));
            ensureCapacity(file, end);
            System.arraycopy(data, 0, file.data, (int) start, data.length);
            file.length = (int) Math.max(end, file.length);
            file.dirty = true;
            file.mtimeNs = now();
            position = end;
            return data.length;
        }

        @Override
        public long seek(long offset, int whence) throws ErrnoException {
            position = OpenFile.seekTarget(offset, whence, position, file.size());
            return position;
        }

        @Override
        public Stat stat() {
            return statOf(file);
        }

        @Override
        public void truncate(long length) throws ErrnoException {
            if (!writable || length < 0) {
                throw new ErrnoException(Errno.EINVAL);
            }
            copyUp(file);
            resize(file, length, quota);
        }

        @Override
        public void close() {
        }
    }

    // ---- commit -------------------------------------------------------------------------

    /**
     * Makes the host folder match this overlay: entries the guest removed or replaced are
     * deleted (links themselves, never what they point to), new directories created, and new
     * or changed files written. Directories the guest never looked into are left alone.
     */
    void commit() throws IOException {
        if (lower == null) {
            throw new IllegalStateException("not an overlay");
        }
        commit(root, lower.realRoot());
    }

    private void commit(Dir dir, Path host) throws IOException {
        if (dir.entries == null) {
            return;
        }
        Map<String, Node> original = dir.original == null ? Map.of() : dir.original;
        for (Map.Entry<String, Node> entry : original.entrySet()) {
            if (dir.entries.get(entry.getKey()) != entry.getValue()) {
                deleteTree(host.resolve(entry.getKey()));
            }
        }
        for (Map.Entry<String, Node> entry : dir.entries.entrySet()) {
            Path path = host.resolve(entry.getKey());
            Node node = entry.getValue();
            boolean isNew = original.get(entry.getKey()) != node;
            if (isNew) {
                deleteTree(path); // whatever the overlay hid there (a link out, a FIFO) goes
            }
            if (node instanceof Dir) {
                if (isNew) {
                    Files.createDirectory(path);
                }
                commit((Dir) node, path);
            } else {
                File file = (File) node;
                if (file.dirty) {
                    Files.write(path, java.util.Arrays.copyOf(file.data, file.length),
                            StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
                }
            }
        }
    }

    /** Deletes {@code path} and, for a real directory (not a link to one), everything in it. */
    private static void deleteTree(Path path) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (java.nio.file.NoSuchFileException e) {
            return;
        }
        if (attributes.isDirectory()) {
            try (DirectoryStream<Path> children = Files.newDirectoryStream(path)) {
                for (Path child : children) {
                    deleteTree(child);
                }
            }
        }
        Files.delete(path);
    }
}
