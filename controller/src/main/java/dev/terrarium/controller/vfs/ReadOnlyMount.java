package dev.terrarium.controller.vfs;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * A host directory shown to the guest read-only. Guest components are walked one by one
 * on the host; a host symbolic link is followed only if its real target lies inside the
 * mounted directory (else EACCES), so nothing outside the mount can be opened or even
 * probed through a link. Only regular files and directories are offered: a FIFO or device
 * could block or reach the host, so it is refused with EACCES. Every change is refused
 * with EROFS, as on a read-only Linux mount.
 */
final class ReadOnlyMount {
    private final Path realRoot;

    /** Mounts {@code hostDirectory}, which must exist. */
    ReadOnlyMount(Path hostDirectory) throws IOException {
        this.realRoot = hostDirectory.toRealPath();
        if (!Files.isDirectory(realRoot)) {
            throw new IOException("not a directory: " + hostDirectory);
        }
    }

    Path realRoot() {
        return realRoot;
    }

    /** Opens the file at {@code components} below the mount's root. */
    OpenFile open(List<String> components, long flags) throws ErrnoException {
        Path current = realRoot;
        boolean directory = true;
        boolean regular = false;
        for (int i = 0; i < components.size(); i++) {
            boolean last = i == components.size() - 1;
            Path next = current.resolve(components.get(i));
            BasicFileAttributes attributes = attributes(next, last, flags);
            if (attributes.isSymbolicLink()) {
                if (last && (flags & OpenFlags.O_NOFOLLOW) != 0) {
                    throw new ErrnoException(Errno.ELOOP);
                }
                next = followInside(next);
                attributes = attributes(next, last, flags);
            }
            directory = attributes.isDirectory();
            regular = attributes.isRegularFile();
            if (!last && !directory) {
                throw new ErrnoException(Errno.ENOTDIR);
            }
            current = next;
        }
        boolean write = OpenFlags.wantsWrite(flags);
        if (directory) {
            if (write || (flags & OpenFlags.O_DIRECTORY) == 0) {
                throw new ErrnoException(Errno.EISDIR);
            }
            return new DirectoryHandle();
        }
        if ((flags & OpenFlags.O_DIRECTORY) != 0) {
            throw new ErrnoException(Errno.ENOTDIR);
        }
        if ((flags & (OpenFlags.O_CREAT | OpenFlags.O_EXCL)) == (OpenFlags.O_CREAT | OpenFlags.O_EXCL)) {
            throw new ErrnoException(Errno.EEXIST);
        }
        if (write) {
            throw new ErrnoException(Errno.EROFS);
        }
        if (!regular) {
            throw new ErrnoException(Errno.EACCES);
        }
        try {
            return new HostFile(FileChannel.open(current, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS));
        } catch (AccessDeniedException e) {
            throw new ErrnoException(Errno.EACCES);
        } catch (IOException e) {
            throw new ErrnoException(Errno.EIO);
        }
    }

    /** The entry's own attributes (a link is not followed); a missing entry is ENOENT, or EROFS if it would be created. */
    private static BasicFileAttributes attributes(Path path, boolean last, long flags) throws ErrnoException {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            throw new ErrnoException(last && (flags & OpenFlags.O_CREAT) != 0 ? Errno.EROFS : Errno.ENOENT);
        } catch (AccessDeniedException e) {
            throw new ErrnoException(Errno.EACCES);
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
}
