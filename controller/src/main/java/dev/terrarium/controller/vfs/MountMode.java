package dev.terrarium.controller.vfs;

/** How a host folder is shown to the guest. */
public enum MountMode {
    /** Read-only: every change answers EROFS. */
    RO,
    /** Read-write: the guest's changes go straight to the host folder (within the quotas). */
    RW,
    /**
     * Copy-on-write: the guest reads the host folder and its changes stay in memory; they reach
     * the host only if the run ends with status 0 and the user asked for it (commit-overlay).
     */
    OVERLAY,
    /** No host folder: an empty in-memory tree (the default {@code /tmp}). */
    MEMORY;

    /** The spelling in {@code --mount}: "ro", "rw", "overlay" (MEMORY has none). */
    public String spelling() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
