package dev.terrarium.runtime;

/**
 * The run's allocation budget: builtins that allocate in proportion to their arguments
 * ask here first and raise MemoryError instead of letting the JVM die. The limit is set
 * by the child at start-up from what the controller granted.
 */
public final class Budget {
    private Budget() {}

    /** Largest single allocation the guest may request, in bytes. */
    private static long maxAllocationBytes = 64L << 20;

    public static void setMaxAllocationBytes(long bytes) {
        maxAllocationBytes = bytes;
    }

    /** Raises MemoryError if an object of about {@code bytes} bytes would exceed the budget. */
    public static void checkBytes(long bytes) {
        if (bytes < 0 || bytes > maxAllocationBytes) {
            throw PyErrors.memoryError();
        }
    }

    /** For a container of {@code count} references. */
    public static void checkElements(long count) {
        if (count < 0 || count > maxAllocationBytes / 8) {
            throw PyErrors.memoryError();
        }
    }

    /** For an int result of about {@code bits} bits. */
    public static void checkIntBits(long bits) {
        if (bits < 0 || bits / 8 > maxAllocationBytes) {
            throw PyErrors.memoryError();
        }
    }
}
