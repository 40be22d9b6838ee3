package dev.terrarium.controller;

import dev.terrarium.controller.child.Child;
import dev.terrarium.controller.child.ChildProcess;
import java.io.IOException;
import java.time.Duration;

/**
 * What an embedded run ({@link Terrarium}) adds to a plain {@link Sandbox} run, and what
 * it measures: filled in by the embedder before the run (inputs) and by the sandbox during
 * it (measurements). One object per run.
 */
final class RunExtras {
    /** How the sandbox obtains its guest: a new child JVM, one from a warm pool, or a thread. */
    @FunctionalInterface
    interface Launcher {
        Child launch(SandboxOptions options) throws IOException;
    }

    // ---- inputs ------------------------------------------------------------------------
    HostCalls hostCalls = HostCalls.NONE;
    Launcher launcher = ChildProcess::launch;
    /** Interrupts for the guest (Ctrl-C), or null: the run cannot be interrupted. */
    RunControl control;

    // ---- measurements ------------------------------------------------------------------
    /** The request server of the run, once it started (for its request count). */
    RequestServer server;
    long wallNanos;
    Duration cpuTime;
    long peakMemoryBytes = -1;

    long requestCount() {
        return server == null ? 0 : server.requestCount();
    }
}
