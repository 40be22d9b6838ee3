package dev.terrarium.controller.vfs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The file system the guest sees: a virtual, read-only root directory holding one mount,
 * {@code /work}, which is a host directory (the script's folder) shown read-only. The
 * guest's working directory is {@code /work}. Paths are resolved in guest space first
 * ({@link GuestPath}); anything outside {@code /work} does not exist (ENOENT).
 */
public final class VirtualFileSystem {
    /** Where the host directory appears, and the guest's working directory. */
    public static final String WORK_DIR = "/work";
    private static final String WORK_NAME = "work";

    private final ReadOnlyMount work;

    /** A guest file system with {@code hostWorkDirectory} mounted read-only at {@link #WORK_DIR}. */
    public VirtualFileSystem(Path hostWorkDirectory) throws IOException {
        this.work = new ReadOnlyMount(hostWorkDirectory);
    }

    public String cwd() {
        return WORK_DIR;
    }

    /** Opens {@code path} (absolute or relative to the cwd) with Linux {@code open(2)} {@code flags}. */
    public OpenFile open(String path, long flags) throws ErrnoException {
        List<String> components = GuestPath.resolve(cwd(), path);
        if (components.isEmpty()) { // the virtual root directory
            if (OpenFlags.wantsWrite(flags) || (flags & OpenFlags.O_DIRECTORY) == 0) {
                throw new ErrnoException(Errno.EISDIR);
            }
            return new DirectoryHandle();
        }
        if (!components.get(0).equals(WORK_NAME)) {
            boolean createInRoot = components.size() == 1 && (flags & OpenFlags.O_CREAT) != 0;
            throw new ErrnoException(createInRoot ? Errno.EROFS : Errno.ENOENT);
        }
        return work.open(components.subList(1, components.size()), flags);
    }
}
