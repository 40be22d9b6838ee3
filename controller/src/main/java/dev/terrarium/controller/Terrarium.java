package dev.terrarium.controller;

import dev.terrarium.controller.child.InProcessChild;
import dev.terrarium.controller.vfs.Mount;
import dev.terrarium.controller.vfs.MountMode;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The embedding API: a sandbox configuration that runs Python programs and reports how
 * each run ended. Build one with {@link #builder()}, then call {@link #run(String)} or
 * {@link #run(Path)} as often as needed; each run gets a fresh guest (a child JVM, or a
 * thread with its own runtime in {@link Isolation#IN_PROCESS} mode), fresh virtual file
 * system and fresh descriptors, so nothing of one run reaches the next except through the
 * host folders it may write. Runs may go on in parallel from several threads.
 *
 * <pre>{@code
 * try (Terrarium sandbox = Terrarium.builder()
 *         .timeout(Duration.ofSeconds(5))
 *         .hostFunction("lookup", args -> catalogue.get((String) args.get(0)))
 *         .build()) {
 *     ExecutionResult result = sandbox.run("import host\nprint(host.lookup('tea'))\n");
 *     System.out.print(result.stdout());
 * }
 * }</pre>
 *
 * <p>Close it to end the children of its warm pool, if it has one.
 */
public final class Terrarium implements AutoCloseable {
    private final SandboxOptions options;
    private final Isolation isolation;
    private final List<String> argv;
    private final OutputStream stdout;
    private final OutputStream stderr;
    private final HostCalls hostCalls;
    private final WarmPool pool;

    private Terrarium(Builder b) {
        this.isolation = b.isolation;
        this.argv = List.copyOf(b.argv);
        this.stdout = b.stdout;
        this.stderr = b.stderr;
        this.hostCalls = new HostCalls(b.functions);
        boolean pooled = b.warmPool > 0 && isolation == Isolation.CHILD_PROCESS;
        this.options = b.options;
        // A pooled child gets its hash seed when it starts, before its run: each pooled child
        // has its own random seed (unless the options fix one), which its run then uses.
        this.pool = pooled ? new WarmPool(options, b.warmPool, b.warmUp) : null;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Runs {@code source} as {@code python3 -c source} would: {@code sys.argv[0]} is
     * {@code "-c"}, tracebacks name the file {@code "<string>"}, and the working directory
     * {@code /work} is empty and in memory: the guest sees no host folder unless one is
     * mounted. {@code source} is at most {@link Program#MAX_COMMAND_BYTES} bytes in UTF-8 (longer
     * programs run as a file with {@link #run(Path)}).
     *
     * @throws IllegalArgumentException if {@code source} is longer than that
     */
    public ExecutionResult run(String source) {
        return execute(Program.command(source));
    }

    /**
     * Runs the script file {@code script}, as {@code python3 script} would, with its folder
     * read-only at {@code /work} (the working directory) as the {@code terrarium} command does.
     */
    public ExecutionResult run(Path script) {
        return execute(Program.file(Objects.requireNonNull(script)));
    }

    private ExecutionResult execute(Program program) {
        RunExtras extras = new RunExtras();
        extras.hostCalls = hostCalls;
        SandboxOptions runOptions = options;
        WarmPool.Ready[] reserved = {null};
        if (isolation == Isolation.IN_PROCESS) {
            extras.launcher = InProcessChild::start;
        } else if (pool != null) {
            // the run takes the seed of the child it is going to use
            reserved[0] = pool.reserve();
            if (reserved[0] != null && !options.callLog().replaying()) {
                runOptions = options.withHashSeed(reserved[0].hashSeed());
            }
            extras.launcher = launchOptions -> {
                WarmPool.Ready child = reserved[0];
                reserved[0] = null;
                return pool.claim(child, launchOptions);
            };
        }
        ByteArrayOutputStream capturedOut = stdout == null ? new ByteArrayOutputStream() : null;
        ByteArrayOutputStream capturedErr = stderr == null ? new ByteArrayOutputStream() : null;
        RunResult result;
        try {
            result = Sandbox.run(program, argv, runOptions, stdout != null ? stdout : capturedOut,
                    stderr != null ? stderr : capturedErr, extras);
        } finally {
            if (reserved[0] != null) {
                reserved[0].child().close(); // the run ended before it launched (a call log that failed)
            }
        }
        return new ExecutionResult(result.outcome(), result.exitCode(), result.reason(),
                text(capturedOut), text(capturedErr), Duration.ofNanos(extras.wallNanos), extras.cpuTime,
                extras.peakMemoryBytes, extras.requestCount());
    }

    private static String text(ByteArrayOutputStream captured) {
        return captured == null ? "" : captured.toString(StandardCharsets.UTF_8);
    }

    /** The configuration's sandbox options (limits, mounts, child JVM). */
    public SandboxOptions options() {
        return options;
    }

    public Isolation isolation() {
        return isolation;
    }

    /** The warm pool, or null without one (for tests and measurements). */
    WarmPool pool() {
        return pool;
    }

    /** Ends the idle children of the warm pool; runs already going on finish normally. */
    @Override
    public void close() {
        if (pool != null) {
            pool.close();
        }
    }

    /** A sandbox configuration; each setter returns this builder. Not thread-safe. */
    public static final class Builder {
        private SandboxOptions options = SandboxOptions.defaults();
        private Isolation isolation = Isolation.CHILD_PROCESS;
        private final List<String> argv = new ArrayList<>();
        private OutputStream stdout;
        private OutputStream stderr;
        private final Map<String, HostFunction> functions = new LinkedHashMap<>();
        private int warmPool;
        private boolean warmUp = true;

        private Builder() {}

        /**
         * Starts from {@code base} instead of {@link SandboxOptions#defaults()} (its limits,
         * mounts and child JVM settings); the other setters change it further.
         */
        public Builder options(SandboxOptions base) {
            this.options = Objects.requireNonNull(base);
            return this;
        }

        public Builder isolation(Isolation mode) {
            this.isolation = Objects.requireNonNull(mode);
            return this;
        }

        /** Maximum heap of the child JVM, in {@code -Xmx} syntax ("256m", "1g"). */
        public Builder heap(String size) {
            options = options.withHeap(size);
            return this;
        }

        /** Wall-time limit of each run. */
        public Builder timeout(Duration limit) {
            options = options.withTimeout(limit);
            return this;
        }

        /** Most bytes the guest may write to stdout and stderr together. */
        public Builder maxOutputBytes(long bytes) {
            options = options.withMaxOutputBytes(bytes);
            return this;
        }

        /** Most file descriptors the guest may have open at once, standard streams included. */
        public Builder maxOpenFiles(int count) {
            options = options.withMaxOpenFiles(count);
            return this;
        }

        /** Most bytes the guest may write to writable mounts in all. */
        public Builder maxWriteBytes(long bytes) {
            options = options.withMaxWriteBytes(bytes);
            return this;
        }

        /** Largest file the guest may make on a writable mount. */
        public Builder maxFileBytes(long bytes) {
            options = options.withMaxFileBytes(bytes);
            return this;
        }

        /** Most files and directories the guest may create. */
        public Builder maxFiles(long count) {
            options = options.withMaxFiles(count);
            return this;
        }

        /** Shows {@code hostFolder} to the guest at {@code guestPath} ({@code --mount}). */
        public Builder mount(Path hostFolder, String guestPath, MountMode mode) {
            return mount(new Mount(hostFolder, guestPath, mode));
        }

        public Builder mount(Mount mount) {
            options = options.withMount(mount);
            return this;
        }

        /** Whether overlay mounts reach the host when a run exits with status 0. */
        public Builder commitOverlay(boolean commit) {
            options = options.withCommitOverlay(commit);
            return this;
        }

        /** {@code sys.argv[1:]} of each run. */
        public Builder argv(List<String> args) {
            argv.clear();
            argv.addAll(args);
            return this;
        }

        public Builder argv(String... args) {
            return argv(List.of(args));
        }

        /**
         * What the guest reads from stdin (fd 0) in each run ({@link SandboxOptions#withStdin(byte[])});
         * without it stdin is empty.
         */
        public Builder stdin(byte[] data) {
            options = options.withStdin(data);
            return this;
        }

        /** As {@link #stdin(byte[])}, the text in UTF-8. */
        public Builder stdin(String text) {
            options = options.withStdin(text);
            return this;
        }

        /**
         * The guest's whole environment ({@code os.environ}), in this order, instead of the
         * small default one ({@link SandboxOptions#withEnvironment}).
         */
        public Builder environment(Map<String, String> variables) {
            options = options.withEnvironment(variables);
            return this;
        }

        /** Adds or replaces one variable of the guest's environment ({@link SandboxOptions#withEnvironmentVariable}). */
        public Builder environmentVariable(String name, String value) {
            options = options.withEnvironmentVariable(name, value);
            return this;
        }

        /**
         * Sends the guest's stdout to {@code stream} as it is written instead of capturing it
         * in {@link ExecutionResult#stdout()}. The stream is flushed after each write and never closed.
         */
        public Builder stdout(OutputStream stream) {
            this.stdout = stream;
            return this;
        }

        /** As {@link #stdout(OutputStream)}, for stderr (and the controller's messages). */
        public Builder stderr(OutputStream stream) {
            this.stderr = stream;
            return this;
        }

        /**
         * Makes {@code function} callable by the guest as {@code host.NAME(...)} (see
         * {@link HostFunction} for the values). {@code name} must be a Python identifier, not
         * a dunder name; registering a name again replaces the function.
         */
        public Builder hostFunction(String name, HostFunction function) {
            if (!HostCalls.isValidName(name)) {
                throw new IllegalArgumentException("not a usable host function name: '" + name + "'");
            }
            functions.put(name, Objects.requireNonNull(function));
            return this;
        }

        /**
         * Keeps {@code size} child JVMs started ahead of need (child-process isolation only),
         * each used for one run and then discarded. 0 (the default) for none.
         */
        public Builder warmPool(int size) {
            if (size < 0) {
                throw new IllegalArgumentException("warm pool size must not be negative: " + size);
            }
            this.warmPool = size;
            return this;
        }

        /** Pooled children skip their warm-up (only to measure what it saves). */
        Builder withoutWarmUp() {
            this.warmUp = false;
            return this;
        }

        public Terrarium build() {
            return new Terrarium(this);
        }
    }
}
