package dev.terrarium.controller;

/** Where a {@link Terrarium} runs the guest. */
public enum Isolation {
    /**
     * A child JVM per run, which can do no I/O except through the controller: the default,
     * and the only mode recommended for untrusted code.
     */
    CHILD_PROCESS,
    /**
     * A thread of the embedder's own JVM with a fresh copy of the runtime and interpreter
     * per run, for trusted-but-fallible code and tests: the same protocol, virtual file
     * system, host functions, wall-time and output limits, but shared heap and process (see
     * docs/SANDBOX.md, "Embedding").
     */
    IN_PROCESS
}
