package dev.terrarium.runtime;

/**
 * The run's allocation budget: builtins that allocate in proportion to their arguments
 * ask here first and raise MemoryError instead of letting the JVM die (compare CPython,
 * whose allocators return NULL and raise MemoryError). The budget follows the heap the
 * controller granted the child ({@link #setHeapBytes}): one object may take at most a
 * quarter of it, and an object of more than {@link #LARGE_FRACTION a thirty-second of it}
 * is also checked against the room left in the heap right now (through the
 * {@link HeapProbe} the child installs), so a run that has already filled most of its heap
 * gets a MemoryError it can catch rather than a JVM that runs out of memory. Heap
 * exhaustion by many small objects cannot be foreseen here: the child reports it as the
 * run's memory limit.
 */
public final class Budget {
    private Budget() {}

    /** The heap the run may use when nobody said otherwise: the controller's default. */
    private static final long DEFAULT_HEAP_BYTES = 256L << 20;
    /** Objects of at least heap / LARGE_FRACTION bytes are checked against the free heap. */
    private static final int LARGE_FRACTION = 32;
    /** Kept free after a large allocation, as heap / RESERVE_FRACTION: room to raise and handle MemoryError. */
    private static final int RESERVE_FRACTION = 16;

    /** Reports how much more the heap can hold; installed by the child, absent in tests. */
    public interface HeapProbe {
        /** Bytes the heap can still grow by; with {@code collectFirst}, after a full collection. */
        long freeBytes(boolean collectFirst);
    }

    private static long heapBytes = DEFAULT_HEAP_BYTES;
    /** Largest single allocation the guest may request, in bytes. */
    private static long maxAllocationBytes = DEFAULT_HEAP_BYTES / 4;
    private static HeapProbe probe;

    /** Sets the heap granted to the run (the child JVM's {@code -Xmx}); the budget follows it. */
    public static void setHeapBytes(long bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("heap must be positive: " + bytes);
        }
        heapBytes = bytes;
        maxAllocationBytes = bytes / 4;
    }

    public static long heapBytes() {
        return heapBytes;
    }

    public static long maxAllocationBytes() {
        return maxAllocationBytes;
    }

    /** Installs the probe of the free heap (null: only the fixed per-object limit applies). */
    public static void setHeapProbe(HeapProbe heapProbe) {
        probe = heapProbe;
    }

    /** Raises MemoryError if an object of about {@code bytes} bytes would exceed the budget. */
    public static void checkBytes(long bytes) {
        if (bytes < 0 || bytes > maxAllocationBytes) {
            throw PyErrors.memoryError();
        }
        if (probe != null && bytes >= heapBytes / LARGE_FRACTION && !hasRoomFor(bytes)) {
            throw PyErrors.memoryError();
        }
    }

    /** For a container of {@code count} references. */
    public static void checkElements(long count) {
        if (count < 0 || count > maxAllocationBytes / 8) {
            throw PyErrors.memoryError();
        }
        checkBytes(count * 8);
    }

    /** Whether an allocation of {@code bytes} is large enough to be checked against the free heap. */
    public static boolean isLarge(long bytes) {
        return probe != null && bytes >= heapBytes / LARGE_FRACTION;
    }

    /**
     * For a container growing to {@code capacity} references, whose {@code newSlots} new slots
     * will each hold a new object of about {@code bytesEach} bytes (boxed ints appended one by
     * one): the array and those objects must fit in the free heap, keeping the reserve.
     */
    public static void checkGrowth(long capacity, long newSlots, long bytesEach) {
        long bytes = capacity * 8 + Math.max(0, newSlots) * bytesEach;
        if (probe != null && bytes >= heapBytes / LARGE_FRACTION && !hasRoomFor(bytes)) {
            throw PyErrors.memoryError();
        }
    }

    /** For {@code count} new objects of about {@code bytesEach} bytes each, plus a container of them. */
    public static void checkObjects(long count, long bytesEach) {
        if (count < 0 || count > maxAllocationBytes / (bytesEach + 8)) {
            throw PyErrors.memoryError();
        }
        checkBytes(count * (bytesEach + 8));
    }

    /** For an int result of about {@code bits} bits. */
    public static void checkIntBits(long bits) {
        if (bits < 0 || bits / 8 > maxAllocationBytes) {
            throw PyErrors.memoryError();
        }
        checkBytes(bits / 8);
    }

    private static boolean hasRoomFor(long bytes) {
        long wanted = bytes + heapBytes / RESERVE_FRACTION;
        // Garbage counts as used until collected: collect only when it would make the difference.
        return probe.freeBytes(false) >= wanted || probe.freeBytes(true) >= wanted;
    }
}
