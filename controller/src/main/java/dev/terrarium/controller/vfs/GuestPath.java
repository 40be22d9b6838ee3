package dev.terrarium.controller.vfs;

import java.util.ArrayList;
import java.util.List;

/**
 * Guest path names, resolved entirely in guest space: never against the host. An absolute
 * path starts at the guest root, a relative one at the guest's working directory; "." is
 * dropped and ".." removes the previous component but stops at the root, as {@code /..}
 * is {@code /} on POSIX. (Symbolic links are not guest-visible here: a host symlink is
 * judged by where it really leads, in {@link ReadOnlyMount}.)
 */
public final class GuestPath {
    private GuestPath() {}

    /** Linux PATH_MAX. */
    public static final int MAX_PATH_BYTES = 4096;
    /** Linux NAME_MAX. */
    public static final int MAX_NAME_BYTES = 255;

    /**
     * The components of {@code path} seen from {@code cwd} (an absolute, normalized guest
     * path), with "." and ".." resolved; an empty list is the root.
     *
     * @throws ErrnoException ENOENT for an empty path, EINVAL for an embedded NUL,
     *     ENAMETOOLONG for a path or component over the Linux limits
     */
    public static List<String> resolve(String cwd, String path) throws ErrnoException {
        if (path.isEmpty()) {
            throw new ErrnoException(Errno.ENOENT);
        }
        if (path.indexOf('\0') >= 0) {
            throw new ErrnoException(Errno.EINVAL);
        }
        if (utf8Length(path) >= MAX_PATH_BYTES) {
            throw new ErrnoException(Errno.ENAMETOOLONG);
        }
        List<String> components = new ArrayList<>();
        if (!path.startsWith("/")) {
            addAll(components, cwd);
        }
        addAll(components, path);
        return components;
    }

    /** The guest path spelled by {@code components}: "/" for the root. */
    public static String toString(List<String> components) {
        return components.isEmpty() ? "/" : "/" + String.join("/", components);
    }

    private static void addAll(List<String> components, String path) throws ErrnoException {
        for (String name : path.split("/")) {
            if (name.isEmpty() || name.equals(".")) {
                continue;
            }
            if (name.equals("..")) {
                if (!components.isEmpty()) {
                    components.remove(components.size() - 1);
                }
                continue;
            }
            if (utf8Length(name) > MAX_NAME_BYTES) {
                throw new ErrnoException(Errno.ENAMETOOLONG);
            }
            components.add(name);
        }
    }

    private static int utf8Length(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }
}
