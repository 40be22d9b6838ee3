package dev.terrarium.controller;

import dev.terrarium.controller.child.Child;
import dev.terrarium.controller.child.ChildCommand;
import dev.terrarium.controller.child.ChildProcess;
import dev.terrarium.runtime.HashSeed;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Child JVMs started ahead of need, each waiting for the answer to its HELLO, so that a
 * run skips the JVM's start-up and the child's warm-up (a pooled child is started with
 * {@code --warm-up}, see the interpreter's ChildMain): a child joins the pool once its HELLO
 * has arrived. Each child serves exactly one run and is then discarded
 * (a child keeps the static state of the guest it ran, so it is never reused); a
 * background thread starts a replacement after each take. When none is ready, a run
 * launches its own child as without a pool. {@link #close} ends the idle children.
 */
final class WarmPool implements AutoCloseable {
    /** How long a starting child may take to greet before the pool gives up on it. */
    private static final long GREETING_MILLIS = 60_000;

    private final SandboxOptions options;
    private final int size;
    private final BlockingQueue<Ready> ready;
    private final SecureRandom random = new SecureRandom();

    /**
     * A started child and the options it was started with: its hash seed is its own (a new
     * random one per child when the configuration's hash seed is random, as separate
     * processes would have), and is the seed of the run that takes it.
     */
    record Ready(ChildProcess child, SandboxOptions options) {
        long hashSeed() {
            return options.callLog().hashSeed();
        }
    }
    private final Thread filler;
    private volatile boolean closed;
    private final java.util.concurrent.atomic.AtomicLong taken = new java.util.concurrent.atomic.AtomicLong();

    private final boolean warmUp;

    WarmPool(SandboxOptions options, int size) {
        this(options, size, true);
    }

    /** With {@code warmUp} false the children skip their warm-up (to measure what it saves). */
    WarmPool(SandboxOptions options, int size, boolean warmUp) {
        this.warmUp = warmUp;
        if (size < 1) {
            throw new IllegalArgumentException("warm pool size must be at least 1: " + size);
        }
        this.options = options;
        this.size = size;
        this.ready = new LinkedBlockingQueue<>(size);
        this.filler = new Thread(this::fill, "terrarium-warm-pool");
        filler.setDaemon(true);
        filler.start();
    }

    /** Keeps {@code size} children ready until closed. */
    private void fill() {
        while (!closed) {
            ChildProcess child;
            // the child hashes strings while it warms up: its seed is fixed when it starts
            SandboxOptions childOptions = options.callLog().hashSeed() != null ? options
                    : options.withHashSeed(1 + random.nextLong(HashSeed.MAX));
            try {
                child = warmUp ? ChildProcess.launchWarm(childOptions) : ChildProcess.launch(childOptions);
            } catch (IOException e) {
                pause(1000); // the next run launches (and reports) on its own
                continue;
            }
            try {
                // Ready means warmed up: the child has sent its HELLO and waits for the answer.
                if (!child.awaitGreeting(GREETING_MILLIS)) {
                    child.close();
                    pause(1000);
                    continue;
                }
                ready.put(new Ready(child, childOptions)); // waits while the pool is full
            } catch (InterruptedException e) {
                child.close();
                return;
            }
            if (closed) {
                drain();
            }
        }
    }

    /**
     * A ready child if one is alive and was started as {@code runOptions} ask (the same child
     * arguments, such as the hash seed, and CPU limit), else a newly launched one. A pooled
     * child's CPU limit counts from now: its start-up and warm-up are not the run's.
     */
    Child take(SandboxOptions runOptions) throws IOException {
        return claim(reserve(), runOptions);
    }

    /**
     * Takes a live ready child out of the pool for a run that is about to start, or null if
     * none is ready. The run must use its {@link Ready#hashSeed()} and then {@link #claim} it
     * (or close it).
     */
    Ready reserve() {
        Ready next;
        while ((next = ready.poll()) != null) {
            if (next.child().isAlive()) {
                return next;
            }
            next.child().close();
        }
        return null;
    }

    /**
     * The reserved child for a run with {@code runOptions} if it was started as they ask (the
     * same child arguments, hash seed included, and CPU limit), else (or without one) a newly
     * launched child; a reserved child that does not fit is ended. A pooled child's CPU limit
     * counts from now: its start-up and warm-up are not the run's.
     */
    Child claim(Ready reserved, SandboxOptions runOptions) throws IOException {
        if (reserved == null) {
            return ChildProcess.launch(runOptions);
        }
        if (!ChildCommand.programArgs(runOptions).equals(ChildCommand.programArgs(reserved.options()))
                || !Objects.equals(runOptions.cpuLimit(), reserved.options().cpuLimit())) {
            reserved.child().close();
            return ChildProcess.launch(runOptions);
        }
        taken.incrementAndGet();
        reserved.child().chargeCpuFromNow();
        return reserved.child();
    }

    /** Runs that got a child from the pool (the others launched their own). */
    long takenCount() {
        return taken.get();
    }

    /** Children started and not yet taken. */
    int readyCount() {
        return ready.size();
    }

    @Override
    public void close() {
        closed = true;
        filler.interrupt();
        try {
            filler.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        drain();
    }

    private void drain() {
        Ready next;
        while ((next = ready.poll()) != null) {
            next.child().close();
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
