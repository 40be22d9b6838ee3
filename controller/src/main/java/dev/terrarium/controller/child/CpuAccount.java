package dev.terrarium.controller.child;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The controller's side of a run's CPU limit: answers the child's
 * {@link dev.terrarium.runtime.external.Op#CPU_CHECK} from the CPU time the child process
 * has used (measured by the controller, never reported by the child), and says when it is
 * spent. The answer is the number of ticks the child should count before it asks again,
 * chosen from the tick rate observed since the last question so that questions come about
 * every {@link #CHECK_EVERY_NANOS} of CPU (never past the limit), however much work one
 * tick stands for. Without a limit the answer is the largest interval.
 *
 * <p>Used by the serving thread (answers) and the CPU watchdog (measurements); the
 * measurement itself is thread-safe, the rest is confined to the serving thread.
 */
public final class CpuAccount {
    /** How much CPU time the child should spend between two questions. */
    static final long CHECK_EVERY_NANOS = 20_000_000L;
    /**
     * Below this much CPU between two questions the measurement (the kernel counts in clock
     * ticks, usually 10 ms) says too little about the rate: the interval just grows.
     */
    private static final long RESOLUTION_NANOS = 10_000_000L;
    private static final long MIN_INTERVAL = 1_000;
    private static final long MAX_INTERVAL = Integer.MAX_VALUE;

    private final long limitNanos;
    private final LongSupplier cpuNanos;
    private long lastCpuNanos;
    private volatile boolean spent;
    /** Without a limit, whether the child should still ask every so often (to receive interrupts). */
    private volatile boolean paced;

    /** A limit of {@code limit} (null: none) on the CPU time {@code cpuNanos} reports (negative: unknown). */
    public CpuAccount(Duration limit, LongSupplier cpuNanos) {
        this.limitNanos = limit == null ? -1 : limit.toNanos();
        this.cpuNanos = cpuNanos;
    }

    /** The answer to a CPU_CHECK after {@code ticks} ticks: the next interval, or 0 once the limit is spent. */
    public long answer(long ticks) {
        if (stopped) {
            return 0;
        }
        if (limitNanos < 0 && !paced) {
            return MAX_INTERVAL;
        }
        long cpu = cpuNanos.getAsLong();
        if (cpu < 0) {
            // Unmeasurable here: leave it to the watchdog, which cannot measure either (an
            // interruptible run still asks now and then).
            return limitNanos < 0 ? UNMEASURED_PACED_INTERVAL : MAX_INTERVAL;
        }
        if (limitNanos >= 0 && (spent || cpu >= limitNanos)) {
            spent = true;
            return 0;
        }
        long used = cpu - lastCpuNanos;
        lastCpuNanos = cpu;
        long target = limitNanos < 0 ? CHECK_EVERY_NANOS : Math.min(CHECK_EVERY_NANOS, limitNanos - cpu);
        long safeTicks = Math.max(ticks, 1);
        long next;
        if (used < RESOLUTION_NANOS) {
            next = safeTicks > MAX_INTERVAL / 4 ? MAX_INTERVAL : safeTicks * 4;
        } else {
            double perNano = (double) safeTicks / used;
            next = (long) Math.min(MAX_INTERVAL, perNano * target);
        }
        return Math.max(MIN_INTERVAL, Math.min(MAX_INTERVAL, next));
    }

    /** Set when the host stops the run for another reason (in-process: wall time, memory). */
    private volatile boolean stopped;

    /**
     * Makes every later answer "spent", without counting as the CPU limit: the guest ends at
     * its next tick check. How the controller stops a guest it cannot kill (in-process mode).
     */
    public void stop() {
        stopped = true;
    }

    /** Ticks between questions of a paced child whose CPU time cannot be measured. */
    private static final long UNMEASURED_PACED_INTERVAL = 1_000_000;

    /**
     * Makes the child ask about every {@link #CHECK_EVERY_NANOS} of CPU even without a limit,
     * so that an interrupt ({@code RunControl}) reaches a guest that computes.
     */
    public void keepPace() {
        paced = true;
    }

    /** Whether the limit is spent: the child was told so, or the watchdog found it exceeded. */
    public boolean spent() {
        return spent;
    }

    /** Whether the child has used more than the limit plus {@code grace} (for the watchdog). */
    boolean exceeded(Duration grace) {
        if (limitNanos < 0) {
            return false;
        }
        long cpu = cpuNanos.getAsLong();
        if (cpu >= limitNanos + grace.toNanos()) {
            spent = true;
            return true;
        }
        return false;
    }

    /** The limit, for messages; null for none. */
    public Duration limit() {
        return limitNanos < 0 ? null : Duration.ofNanos(limitNanos);
    }
}
