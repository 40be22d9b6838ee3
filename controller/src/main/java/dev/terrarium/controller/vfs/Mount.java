package dev.terrarium.controller.vfs;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Objects;

/**
 * One entry of the guest's mount table: {@code hostFolder} shown at the absolute guest path
 * {@code guestPath} in {@code mode} ({@code hostFolder} is null for {@link MountMode#MEMORY}).
 */
public record Mount(Path hostFolder, String guestPath, MountMode mode) {

    public Mount {
        Objects.requireNonNull(guestPath);
        Objects.requireNonNull(mode);
        if (!guestPath.startsWith("/")) {
            throw new IllegalArgumentException("guest path must be absolute: " + guestPath);
        }
        if ((hostFolder == null) != (mode == MountMode.MEMORY)) {
            throw new IllegalArgumentException("a " + mode.spelling() + " mount "
                    + (hostFolder == null ? "needs" : "takes no") + " host folder");
        }
    }

    /** An empty in-memory tree at {@code guestPath}. */
    public static Mount memory(String guestPath) {
        return new Mount(null, guestPath, MountMode.MEMORY);
    }

    /** The guest path as components, "." and ".." resolved ("/.." is "/"). */
    public List<String> guestComponents() {
        try {
            return GuestPath.resolve("/", guestPath);
        } catch (ErrnoException e) {
            throw new IllegalArgumentException("invalid guest path '" + guestPath + "'");
        }
    }

    /**
     * Parses the command-line form {@code HOST_DIR:GUEST_PATH[:ro|rw|overlay]} (read-only if
     * the mode is left out). The host folder may itself contain colons: the guest path is
     * the last field that starts with "/".
     */
    public static Mount parse(String spec) {
        String rest = spec;
        MountMode mode = MountMode.RO;
        int colon = rest.lastIndexOf(':');
        if (colon >= 0) {
            String last = rest.substring(colon + 1);
            for (MountMode candidate : new MountMode[] {MountMode.RO, MountMode.RW, MountMode.OVERLAY}) {
                if (candidate.spelling().equals(last)) {
                    mode = candidate;
                    rest = rest.substring(0, colon);
                    break;
                }
            }
        }
        colon = rest.lastIndexOf(':');
        if (colon <= 0 || !rest.startsWith("/", colon + 1)) {
            throw new IllegalArgumentException("invalid --mount '" + spec
                    + "' (expected HOST_DIR:GUEST_PATH[:ro|rw|overlay], GUEST_PATH absolute)");
        }
        Mount mount = new Mount(Paths.get(rest.substring(0, colon)), rest.substring(colon + 1), mode);
        mount.guestComponents();
        return mount;
    }
}
