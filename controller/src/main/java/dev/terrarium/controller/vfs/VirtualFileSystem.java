package dev.terrarium.controller.vfs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The file system the guest sees: a virtual, read-only skeleton of directories holding the
 * mounts of a run (by default the script's folder read-only at {@code /work}, the working
 * directory, and an in-memory {@code /tmp}). Paths are resolved in guest space first
 * ({@link GuestPath}: ".." clamps at the root), then handed to the mount with the longest
 * matching guest path; anything that is neither in a mount nor on the way to one does not
 * exist (ENOENT), and the skeleton itself cannot be changed (EROFS, or EBUSY for a mount
 * point). The working directory belongs to the run and changes with {@link #chdir}.
 */
public final class VirtualFileSystem {
    /** Where the script's folder appears by default, and the guest's first working directory. */
    public static final String WORK_DIR = "/work";
    /** The default in-memory scratch mount. */
    public static final String TMP_DIR = "/tmp";
    /** Most names one LISTDIR returns (ENOMEM beyond; the wire carries at most 65536 values). */
    public static final int MAX_LISTING = 50_000;
    /** Most bytes the names of one LISTDIR may take on the wire: one frame, less room for the rest. */
    static final int MAX_LISTING_BYTES = dev.terrarium.runtime.external.WireCodec.MAX_DATA_CHUNK;

    private record MountPoint(List<String> at, Volume volume, long dev) {}

    private final List<MountPoint> mounts = new ArrayList<>();
    private final List<MemoryVolume> overlays = new ArrayList<>();
    private String cwd;

    /**
     * A file system with {@code table} mounted (a later entry for the same guest path
     * replaces an earlier one), writes charged to {@code quota}, and the working directory
     * {@code cwd}, which must be a directory.
     */
    public VirtualFileSystem(List<Mount> table, Quota quota, String cwd) throws IOException {
        for (Mount mount : table) {
            List<String> at = mount.guestComponents();
            mounts.removeIf(existing -> existing.at().equals(at));
            Volume volume;
            try {
                volume = volumeFor(mount, quota);
            } catch (IOException e) {
                throw new IOException("cannot mount " + mount.hostFolder() + " at " + mount.guestPath() + ": "
                        + (e instanceof java.nio.file.NoSuchFileException ? "no such directory" : e.getMessage()), e);
            }
            mounts.add(new MountPoint(at, volume, 0));
        }
        for (int i = 0; i < mounts.size(); i++) {
            MountPoint m = mounts.get(i);
            mounts.set(i, new MountPoint(m.at(), m.volume(), i + 1));
            if (m.volume() instanceof MemoryVolume && ((MemoryVolume) m.volume()).isOverlay()) {
                overlays.add((MemoryVolume) m.volume()); // only those still mounted: a replaced one never commits
            }
        }
        this.cwd = "/";
        try {
            chdir(cwd);
        } catch (ErrnoException e) {
            throw new IOException("working directory " + cwd + " is not a directory in the sandbox (errno " + e.errno + ")");
        }
    }

    private Volume volumeFor(Mount mount, Quota quota) throws IOException {
        switch (mount.mode()) {
            case RO:
                return new HostVolume(mount.hostFolder(), false, quota);
            case RW:
                return new HostVolume(mount.hostFolder(), true, quota);
            case OVERLAY:
                return MemoryVolume.overlay(new HostVolume(mount.hostFolder(), false, quota), quota);
            default:
                return MemoryVolume.empty(quota);
        }
    }

    /** The default table: {@code hostWorkFolder} read-only at /work (the cwd), memory at /tmp. */
    public static VirtualFileSystem withWorkFolder(java.nio.file.Path hostWorkFolder) throws IOException {
        return new VirtualFileSystem(defaultMounts(hostWorkFolder), Quota.defaults(), WORK_DIR);
    }

    /** The mounts every run starts with, before the user's. */
    public static List<Mount> defaultMounts(java.nio.file.Path hostWorkFolder) {
        return List.of(new Mount(hostWorkFolder, WORK_DIR, MountMode.RO), Mount.memory(TMP_DIR));
    }

    // ---- resolution ---------------------------------------------------------------------

    /** Where a guest path leads: into a mount ({@code mount} non-null), or to the skeleton. */
    private record Target(List<String> components, MountPoint mount, List<String> rest) {
        boolean inMount() {
            return mount != null;
        }
    }

    private Target locate(String path) throws ErrnoException {
        return locate(GuestPath.resolve(cwd, path));
    }

    private Target locate(List<String> components) {
        MountPoint best = null;
        for (MountPoint mount : mounts) {
            if (Volume.isWithin(components, mount.at()) && (best == null || mount.at().size() > best.at().size())) {
                best = mount;
            }
        }
        if (best == null) {
            return new Target(components, null, null);
        }
        return new Target(components, best, components.subList(best.at().size(), components.size()));
    }

    /** True if {@code components} is a directory of the skeleton: the root, or on the way to a mount point. */
    private boolean isSkeletonDirectory(List<String> components) {
        for (MountPoint mount : mounts) {
            if (Volume.isWithin(mount.at(), components)) {
                return true;
            }
        }
        return false;
    }

    /** The names of mount points (or skeleton directories) directly inside {@code components}. */
    private TreeSet<String> mountNamesIn(List<String> components) {
        TreeSet<String> names = new TreeSet<>();
        for (MountPoint mount : mounts) {
            if (mount.at().size() > components.size() && Volume.isWithin(mount.at(), components)) {
                names.add(mount.at().get(components.size()));
            }
        }
        return names;
    }

    private static final Stat SKELETON_DIRECTORY = Stat.directory(0555, 0);

    /** Fails the way a change in the skeleton fails: EROFS, or ENOENT if the parent itself is missing. */
    private ErrnoException skeletonChange(List<String> components) {
        if (components.isEmpty() || isSkeletonDirectory(components)) {
            return new ErrnoException(Errno.EBUSY);
        }
        return new ErrnoException(isSkeletonDirectory(components.subList(0, components.size() - 1))
                ? Errno.EROFS : Errno.ENOENT);
    }

    private long inode(List<String> components) {
        long hash = 1125899906842597L;
        for (String name : components) {
            hash = 31 * hash + name.hashCode();
            hash = 31 * hash + '/';
        }
        return (hash & Long.MAX_VALUE) | 1;
    }

    // ---- operations ---------------------------------------------------------------------

    public String cwd() {
        return cwd;
    }

    public void chdir(String path) throws ErrnoException {
        List<String> components = GuestPath.resolve(cwd, path);
        if (!stat(GuestPath.toString(components), true).isDirectory()) {
            throw new ErrnoException(Errno.ENOTDIR);
        }
        cwd = GuestPath.toString(components);
    }

    /** Opens {@code path} (absolute or relative to the cwd) with Linux {@code open(2)} {@code flags}. */
    public OpenFile open(String path, long flags) throws ErrnoException {
        return open(path, flags, 0666);
    }

    public OpenFile open(String path, long flags, long mode) throws ErrnoException {
        Target target = locate(path);
        if (namesDirectory(path)) {
            if (!exists(target) && (flags & OpenFlags.O_CREAT) != 0) {
                throw new ErrnoException(Errno.EISDIR); // open("new/", O_CREAT), as Linux
            }
            requireDirectoryIfExists(target);
        }
        if (!target.inMount()) {
            if (isSkeletonDirectory(target.components())) {
                Volume.checkAccessMode(flags);
                if (OpenFlags.wantsWrite(flags) || (flags & OpenFlags.O_DIRECTORY) == 0) {
                    throw new ErrnoException(Errno.EISDIR);
                }
                return new DirectoryHandle(SKELETON_DIRECTORY);
            }
            boolean create = (flags & OpenFlags.O_CREAT) != 0;
            ErrnoException refusal = skeletonChange(target.components());
            throw create ? refusal : new ErrnoException(Errno.ENOENT);
        }
        OpenFile file = target.mount().volume().open(target.rest(), flags, mode);
        return new Identified(file, target.mount().dev(), inode(target.components()));
    }

    public Stat stat(String path, boolean follow) throws ErrnoException {
        Target target = locate(path);
        if (namesDirectory(path)) {
            requireDirectoryIfExists(target);
            follow = true; // "link/" means the directory the link leads to
        }
        return stat(target, follow);
    }

    private Stat stat(Target target, boolean follow) throws ErrnoException {
        if (!target.inMount()) {
            if (isSkeletonDirectory(target.components())) {
                return SKELETON_DIRECTORY.withIdentity(0, inode(target.components()));
            }
            throw new ErrnoException(Errno.ENOENT);
        }
        return target.mount().volume().stat(target.rest(), follow)
                .withIdentity(target.mount().dev(), inode(target.components()));
    }

    /** The sorted names in a directory, mount points inside it included. */
    public List<String> list(String path) throws ErrnoException {
        Target target = locate(path);
        TreeSet<String> names = mountNamesIn(target.components());
        if (target.inMount()) {
            names.addAll(target.mount().volume().list(target.rest()));
        } else if (!isSkeletonDirectory(target.components())) {
            throw new ErrnoException(Errno.ENOENT);
        }
        if (names.size() > MAX_LISTING) {
            throw new ErrnoException(Errno.ENOMEM);
        }
        long replyBytes = 0;
        for (String name : names) {
            replyBytes += 5 + name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length; // tag, length, text
        }
        if (replyBytes > MAX_LISTING_BYTES) {
            throw new ErrnoException(Errno.ENOMEM); // the reply must fit one frame
        }
        return new ArrayList<>(names);
    }

    public void mkdir(String path, long mode) throws ErrnoException {
        Target target = locate(path);
        if (isSkeletonDirectory(target.components())) {
            throw new ErrnoException(Errno.EEXIST);
        }
        if (!target.inMount()) {
            throw skeletonChange(target.components());
        }
        target.mount().volume().mkdir(target.rest(), mode);
    }

    public void rmdir(String path) throws ErrnoException {
        Target target = changeable(path);
        target.mount().volume().rmdir(target.rest());
    }

    public void unlink(String path) throws ErrnoException {
        Target target = locate(path);
        if (namesDirectory(path)) {
            requireDirectoryIfExists(target); // "file/" is ENOTDIR; "dir/" goes on to EISDIR
        }
        if (isSkeletonDirectory(target.components())) {
            throw new ErrnoException(Errno.EISDIR);
        }
        if (!target.inMount()) {
            throw new ErrnoException(Errno.ENOENT);
        }
        target.mount().volume().unlink(target.rest());
    }

    public void rename(String from, String to) throws ErrnoException {
        Target source = changeable(from);
        Target target = locate(to);
        if (namesDirectory(from) || namesDirectory(to)) {
            if (!stat(source, false).isDirectory()) {
                throw new ErrnoException(Errno.ENOTDIR);
            }
            requireDirectoryIfExists(target);
        }
        if (!target.inMount() || isSkeletonDirectory(target.components())) {
            throw skeletonChange(target.components());
        }
        if (source.mount() != target.mount()) {
            source.mount().volume().stat(source.rest(), false); // ENOENT before EXDEV, as Linux
            throw new ErrnoException(Errno.EXDEV);
        }
        source.mount().volume().rename(source.rest(), target.rest());
    }

    public void truncate(String path, long length) throws ErrnoException {
        Target target = locate(path);
        if (namesDirectory(path)) {
            requireDirectoryIfExists(target);
        }
        if (!target.inMount()) {
            throw new ErrnoException(isSkeletonDirectory(target.components()) ? Errno.EISDIR : Errno.ENOENT);
        }
        target.mount().volume().truncate(target.rest(), length);
    }

    /**
     * True if the path's spelling insists on a directory: a final "/" or "/." (GuestPath drops
     * them, but POSIX answers ENOTDIR when such a path names a file).
     */
    private static boolean namesDirectory(String path) {
        return path.endsWith("/") || path.endsWith("/.") || path.equals(".");
    }

    private boolean exists(Target target) throws ErrnoException {
        try {
            stat(target, true);
            return true;
        } catch (ErrnoException e) {
            if (e.errno == Errno.ENOENT) {
                return false;
            }
            throw e;
        }
    }

    /** ENOTDIR if the target exists and is not a directory (a missing one is left to the operation). */
    private void requireDirectoryIfExists(Target target) throws ErrnoException {
        if (exists(target) && !stat(target, true).isDirectory()) {
            throw new ErrnoException(Errno.ENOTDIR);
        }
    }

    /** A path inside a mount that is not itself a mount point or a skeleton directory. */
    private Target changeable(String path) throws ErrnoException {
        Target target = locate(path);
        if (!target.inMount() || isSkeletonDirectory(target.components())) {
            if (!target.inMount() && !isSkeletonDirectory(target.components())) {
                throw new ErrnoException(Errno.ENOENT);
            }
            throw new ErrnoException(Errno.EBUSY);
        }
        return target;
    }

    /** Writes every overlay's changes to its host folder (the run ended well and the user asked). */
    public void commitOverlays() throws IOException {
        for (MemoryVolume overlay : overlays) {
            overlay.commit();
        }
    }

    /** An open file with the controller's device and inode numbers for fstat. */
    private static final class Identified implements OpenFile {
        private final OpenFile file;
        private final long dev;
        private final long ino;

        Identified(OpenFile file, long dev, long ino) {
            this.file = file;
            this.dev = dev;
            this.ino = ino;
        }

        @Override
        public byte[] read(int maxBytes) throws ErrnoException {
            return file.read(maxBytes);
        }

        @Override
        public long write(byte[] data) throws ErrnoException {
            return file.write(data);
        }

        @Override
        public long seek(long offset, int whence) throws ErrnoException {
            return file.seek(offset, whence);
        }

        @Override
        public Stat stat() throws ErrnoException {
            return file.stat().withIdentity(dev, ino);
        }

        @Override
        public void truncate(long length) throws ErrnoException {
            file.truncate(length);
        }

        @Override
        public void close() {
            file.close();
        }
    }
}
