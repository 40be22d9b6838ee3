package dev.terrarium.controller;

import dev.terrarium.controller.trace.CallLogSettings;
import dev.terrarium.controller.vfs.FdTable;
import dev.terrarium.controller.vfs.Mount;
import dev.terrarium.controller.vfs.Quota;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Settings of one sandboxed run. Immutable: each {@code with...} method returns a copy.
 * {@link #defaults()} is what the {@code terrarium} command uses without options.
 */
public final class SandboxOptions {
    /** The child's entry point in production. */
    public static final String CHILD_MAIN = "dev.terrarium.interpreter.child.ChildMain";

    private String heap = "256m";
    private String stack = "64m";
    private Duration timeout;
    private long maxOutputBytes = -1;
    private Path javaExecutable;
    private String mainClass = CHILD_MAIN;
    private List<String> classPath;
    private List<String> extraJvmArgs = List.of();
    private Path classDataDirectory;
    private List<Mount> mounts = List.of();
    private boolean commitOverlay;
    private long maxWriteBytes = Quota.DEFAULT_MAX_WRITE_BYTES;
    private long maxFileBytes = Quota.DEFAULT_MAX_FILE_BYTES;
    private long maxFiles = Quota.DEFAULT_MAX_FILES;
    private boolean dumpAst;
    private Path commandWorkFolder;
    // environment and stdin (see their block below)
    private Map<String, String> environment = DEFAULT_ENVIRONMENT;
    private byte[] stdinBytes;
    private InputStream stdinStream;
    private CallLogSettings callLog = CallLogSettings.NONE;
    private Duration cpuLimit;
    // --max-open-files
    private int maxOpenFiles = FdTable.MAX_FDS;
    // terminals: bit N set when the guest's fd N (0, 1, 2) is a terminal
    private int terminals;
    private boolean childInOwnSession;

    private SandboxOptions() {}

    private SandboxOptions copy() {
        SandboxOptions copy = new SandboxOptions();
        copy.heap = heap;
        copy.stack = stack;
        copy.timeout = timeout;
        copy.maxOutputBytes = maxOutputBytes;
        copy.javaExecutable = javaExecutable;
        copy.mainClass = mainClass;
        copy.classPath = classPath;
        copy.extraJvmArgs = extraJvmArgs;
        copy.classDataDirectory = classDataDirectory;
        copy.mounts = mounts;
        copy.commitOverlay = commitOverlay;
        copy.maxWriteBytes = maxWriteBytes;
        copy.maxFileBytes = maxFileBytes;
        copy.maxFiles = maxFiles;
        copy.dumpAst = dumpAst;
        copy.commandWorkFolder = commandWorkFolder;
        copy.environment = environment;
        copy.stdinBytes = stdinBytes;
        copy.stdinStream = stdinStream;
        copy.callLog = callLog;
        copy.cpuLimit = cpuLimit;
        copy.maxOpenFiles = maxOpenFiles;
        copy.terminals = terminals;
        copy.childInOwnSession = childInOwnSession;
        return copy;
    }

    /**
     * 256 MiB heap, 64 MiB stack, no time or output limit, the running JDK's {@code java},
     * the controller's own class path, the real child entry point, no class-data archive.
     */
    public static SandboxOptions defaults() {
        return new SandboxOptions();
    }

    /** Maximum heap of the child JVM, in {@code -Xmx} syntax ("256m", "1g"). */
    public SandboxOptions withHeap(String size) {
        SandboxOptions copy = copy();
        copy.heap = checkSize(size, "heap");
        return copy;
    }

    /** Stack of the child's main thread, in {@code -Xss} syntax: room for deep guest recursion. */
    public SandboxOptions withStack(String size) {
        SandboxOptions copy = copy();
        copy.stack = checkSize(size, "stack");
        return copy;
    }

    /** Wall-time limit of the whole run, from launch to exit; null for none. */
    public SandboxOptions withTimeout(Duration limit) {
        if (limit != null && (limit.isNegative() || limit.isZero())) {
            throw new IllegalArgumentException("timeout must be positive: " + limit);
        }
        SandboxOptions copy = copy();
        copy.timeout = limit;
        return copy;
    }

    /** Most bytes the guest may write to stdout and stderr together; negative for no limit. */
    public SandboxOptions withMaxOutputBytes(long bytes) {
        SandboxOptions copy = copy();
        copy.maxOutputBytes = bytes < 0 ? -1 : bytes;
        return copy;
    }

    /** The {@code java} launcher for the child; null for the one of the running JDK. */
    public SandboxOptions withJavaExecutable(Path java) {
        SandboxOptions copy = copy();
        copy.javaExecutable = java;
        return copy;
    }

    /** The child's main class; tests substitute fake children for {@link #CHILD_MAIN}. */
    public SandboxOptions withMainClass(String className) {
        SandboxOptions copy = copy();
        copy.mainClass = Objects.requireNonNull(className);
        return copy;
    }

    /** The child's class path entries; null for the controller's own {@code java.class.path}. */
    public SandboxOptions withClassPath(List<String> entries) {
        SandboxOptions copy = copy();
        copy.classPath = entries == null ? null : List.copyOf(entries);
        return copy;
    }

    /** More JVM options for the child, placed before the main class (for experiments and tests). */
    public SandboxOptions withExtraJvmArgs(List<String> args) {
        SandboxOptions copy = copy();
        copy.extraJvmArgs = List.copyOf(args);
        return copy;
    }

    /**
     * A directory for the child's class-data-sharing archives (AppCDS), or null for none.
     * The first run with a given JDK and class path records the classes it loaded into an
     * archive there; later runs map them instead of loading them, which starts the child
     * faster. Used only when the class path holds jars alone (a JDK 17 requirement).
     */
    public SandboxOptions withClassDataDirectory(Path directory) {
        SandboxOptions copy = copy();
        copy.classDataDirectory = directory;
        return copy;
    }

    /**
     * Adds a mount after the default ones (the script's folder read-only at /work, memory at
     * /tmp) and those added before; a mount at the same guest path replaces the earlier one.
     */
    public SandboxOptions withMount(Mount mount) {
        List<Mount> more = new java.util.ArrayList<>(mounts);
        more.add(Objects.requireNonNull(mount));
        SandboxOptions copy = copy();
        copy.mounts = List.copyOf(more);
        return copy;
    }

    /** Whether overlay mounts write their changes back to the host when the guest exits with status 0. */
    public SandboxOptions withCommitOverlay(boolean commit) {
        SandboxOptions copy = copy();
        copy.commitOverlay = commit;
        return copy;
    }

    /** Most bytes the guest may write to writable mounts in all (overwrites count again); default 64 MiB. */
    public SandboxOptions withMaxWriteBytes(long bytes) {
        SandboxOptions copy = copy();
        copy.maxWriteBytes = checkNonNegative(bytes, "write quota");
        return copy;
    }

    /** Largest size a file on a writable mount may reach; default 16 MiB, at most 1 GiB. */
    public SandboxOptions withMaxFileBytes(long bytes) {
        if (bytes > 1L << 30) {
            throw new IllegalArgumentException("largest file must be at most 1 GiB: " + bytes);
        }
        SandboxOptions copy = copy();
        copy.maxFileBytes = checkNonNegative(bytes, "file size limit");
        return copy;
    }

    /** Most files and directories the guest may create on writable mounts; default 1000. */
    public SandboxOptions withMaxFiles(long count) {
        SandboxOptions copy = copy();
        copy.maxFiles = checkNonNegative(count, "file count limit");
        return copy;
    }

    /**
     * The host folder shown read-only at {@code /work} (the working directory) when the program
     * is not a file ({@code -c} text, a program on stdin, the REPL). Null, the default, gives an
     * empty in-memory {@code /work} instead, so an embedder's program text sees no host folder
     * unless one is mounted; the {@code terrarium} command passes its current folder, as
     * {@code python -c} sees its own.
     */
    public SandboxOptions withCommandWorkFolder(Path hostFolder) {
        SandboxOptions copy = copy();
        copy.commandWorkFolder = hostFolder == null ? null : hostFolder.toAbsolutePath();
        return copy;
    }

    /** See {@link #withCommandWorkFolder}; null for an empty in-memory {@code /work}. */
    public Path commandWorkFolder() {
        return commandWorkFolder;
    }

    /**
     * With true the child prints the script's AST (CPython's
     * {@code ast.dump(ast.parse(src), include_attributes=True)}) instead of running it.
     */
    public SandboxOptions withDumpAst(boolean dump) {
        SandboxOptions copy = copy();
        copy.dumpAst = dump;
        return copy;
    }

    public boolean dumpAst() {
        return dumpAst;
    }

    private static long checkNonNegative(long value, String what) {
        if (value < 0) {
            throw new IllegalArgumentException(what + " must not be negative: " + value);
        }
        return value;
    }

    /** The mounts added to the defaults, in order. */
    public List<Mount> mounts() {
        return mounts;
    }

    public boolean commitOverlay() {
        return commitOverlay;
    }

    /** A fresh quota with this configuration's limits, for one run. */
    public Quota newQuota() {
        return new Quota(maxWriteBytes, maxFileBytes, maxFiles);
    }

    public long maxWriteBytes() {
        return maxWriteBytes;
    }

    public long maxFileBytes() {
        return maxFileBytes;
    }

    public long maxFiles() {
        return maxFiles;
    }

    public String heap() {
        return heap;
    }

    public String stack() {
        return stack;
    }

    /** The wall-time limit, or null for none. */
    public Duration timeout() {
        return timeout;
    }

    /** The output limit in bytes, or -1 for none. */
    public long maxOutputBytes() {
        return maxOutputBytes;
    }

    /** The configured {@code java} launcher, or null for the running JDK's. */
    public Path javaExecutable() {
        return javaExecutable;
    }

    public String mainClass() {
        return mainClass;
    }

    /** The configured class path, or null for the controller's own. */
    public List<String> classPath() {
        return classPath;
    }

    public List<String> extraJvmArgs() {
        return extraJvmArgs;
    }

    /** The class-data archive directory, or null for none. */
    public Path classDataDirectory() {
        return classDataDirectory;
    }

    // ---- limits: CPU time and the heap in bytes ----

    /**
     * CPU-time limit of the child process (all its threads, JVM start-up included), or null
     * for none. The runtime counts the guest's work and asks the controller, which measures
     * the child's CPU time; the guest cannot catch the end of it. A child that goes on past
     * the limit by {@link #CPU_GRACE} (a builtin stuck without ticking) is killed.
     */
    public SandboxOptions withCpuLimit(Duration limit) {
        if (limit != null && (limit.isNegative() || limit.isZero())) {
            throw new IllegalArgumentException("CPU limit must be positive: " + limit);
        }
        SandboxOptions copy = copy();
        copy.cpuLimit = limit;
        return copy;
    }

    /** How far past the CPU limit a child may run before the controller kills it. */
    public static final Duration CPU_GRACE = Duration.ofSeconds(1);

    /** The CPU-time limit, or null for none. */
    public Duration cpuLimit() {
        return cpuLimit;
    }

    /** The heap size in bytes ({@link #heap()} without its unit). */
    public long heapBytes() {
        char unit = Character.toLowerCase(heap.charAt(heap.length() - 1));
        int shift = unit == 'k' ? 10 : unit == 'm' ? 20 : unit == 'g' ? 30 : 0;
        String digits = shift == 0 ? heap : heap.substring(0, heap.length() - 1);
        return Long.parseLong(digits) << shift;
    }

    /** The heap for messages: "256 MiB", "1 GiB", "512 KiB" or "1000 bytes". */
    public String heapDescription() {
        long bytes = heapBytes();
        if (bytes % (1L << 30) == 0) {
            return (bytes >> 30) + " GiB";
        }
        if (bytes % (1L << 20) == 0) {
            return (bytes >> 20) + " MiB";
        }
        if (bytes % (1L << 10) == 0) {
            return (bytes >> 10) + " KiB";
        }
        return bytes + " bytes";
    }

    /** A JVM memory size: 1 to 10 digits without a leading zero, then an optional k, m or g. */
    private static boolean isJvmSize(String size) {
        int digits = size.length();
        if (digits > 0 && "kKmMgG".indexOf(size.charAt(digits - 1)) >= 0) {
            digits--;
        }
        if (digits < 1 || digits > 10 || size.charAt(0) == '0') {
            return false;
        }
        for (int i = 0; i < digits; i++) {
            if (size.charAt(i) < '0' || size.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static String checkSize(String size, String what) {
        if (size == null || !isJvmSize(size)) {
            throw new IllegalArgumentException("invalid " + what + " size '" + size + "' (expected e.g. 256m or 1g)");
        }
        return size;
    }

    // ---- environment and stdin ----------------------------------------------------------

    /**
     * The guest's environment unless configured: a home folder it can write to, a UTF-8
     * locale, and a conventional PATH (which it cannot use: there are no processes). Nothing
     * comes from the host's environment unless asked for.
     */
    public static final Map<String, String> DEFAULT_ENVIRONMENT = defaultEnvironment();

    private static Map<String, String> defaultEnvironment() {
        LinkedHashMap<String, String> env = new LinkedHashMap<>();
        env.put("HOME", "/tmp");
        env.put("LANG", "C.UTF-8");
        env.put("PATH", "/usr/local/bin:/usr/bin:/bin");
        return Collections.unmodifiableMap(env);
    }

    /** Most bytes of names and values the environment may hold (it travels in one reply frame). */
    public static final int MAX_ENVIRONMENT_BYTES = 256 * 1024;

    /**
     * The guest's whole environment ({@code os.environ}), in order, replacing the default
     * ({@link #DEFAULT_ENVIRONMENT}). Names must be non-empty without '=' or NUL, values without
     * NUL, {@link #MAX_ENVIRONMENT_BYTES} in all.
     */
    public SandboxOptions withEnvironment(Map<String, String> variables) {
        LinkedHashMap<String, String> checked = new LinkedHashMap<>();
        long bytes = 0;
        for (Map.Entry<String, String> e : variables.entrySet()) {
            String name = Objects.requireNonNull(e.getKey(), "environment variable name");
            String value = Objects.requireNonNull(e.getValue(), "value of environment variable " + name);
            if (name.isEmpty() || name.indexOf('=') >= 0 || name.indexOf('\0') >= 0 || value.indexOf('\0') >= 0) {
                throw new IllegalArgumentException("invalid environment variable name '" + name + "'"
                        + " (must be non-empty, without '=' or NUL)");
            }
            bytes += name.getBytes(StandardCharsets.UTF_8).length + value.getBytes(StandardCharsets.UTF_8).length + 2;
            checked.put(name, value);
        }
        if (bytes > MAX_ENVIRONMENT_BYTES) {
            throw new IllegalArgumentException("environment too large: " + bytes + " bytes (at most "
                    + MAX_ENVIRONMENT_BYTES + ")");
        }
        SandboxOptions copy = copy();
        copy.environment = Collections.unmodifiableMap(checked);
        return copy;
    }

    /** The environment with {@code name} set to {@code value} (added last, or replaced in place). */
    public SandboxOptions withEnvironmentVariable(String name, String value) {
        LinkedHashMap<String, String> more = new LinkedHashMap<>(environment);
        more.put(name, value);
        return withEnvironment(more);
    }

    /** The guest's environment, in order. */
    public Map<String, String> environment() {
        return environment;
    }

    /** The guest's stdin holds exactly {@code data} (copied), then end of file. */
    public SandboxOptions withStdin(byte[] data) {
        SandboxOptions copy = copy();
        copy.stdinBytes = data.clone();
        copy.stdinStream = null;
        return copy;
    }

    /** The guest's stdin holds {@code text} in UTF-8, then end of file. */
    public SandboxOptions withStdin(String text) {
        return withStdin(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The guest's stdin reads from {@code stream}, lazily (only when the guest reads, at most
     * 64 KiB per read) and never past the run's wall-time limit. The stream is not closed.
     * The terrarium command passes its own stdin. Null: stdin is empty (the default).
     */
    public SandboxOptions withStdin(InputStream stream) {
        SandboxOptions copy = copy();
        copy.stdinStream = stream;
        copy.stdinBytes = null;
        return copy;
    }

    /** The stream given to {@link #withStdin(InputStream)}, or null. */
    public InputStream stdinStream() {
        return stdinStream;
    }

    /** The bytes given to {@link #withStdin(byte[])} (a copy), or null. */
    public byte[] stdinBytes() {
        return stdinBytes == null ? null : stdinBytes.clone();
    }

    // ---- call log, record/replay, determinism (--trace, --record, --replay, --deterministic, --seed) ----

    /** Writes every call the guest makes to {@code file} as a JSON line (null: no trace). */
    public SandboxOptions withTrace(Path file) {
        return withCallLog(callLog.withTrace(file));
    }

    /** Records every call and its reply to {@code file}, for {@link #withReplay} (null: no record). */
    public SandboxOptions withRecord(Path file) {
        return withCallLog(callLog.withRecord(file));
    }

    /**
     * Answers every call from a record made by {@link #withRecord} instead of the host: no
     * mount is read, no clock or randomness asked (null: no replay). Not with a record or
     * deterministic mode.
     */
    public SandboxOptions withReplay(Path file) {
        return withCallLog(callLog.withReplay(file));
    }

    /**
     * With true, the clock is virtual (starts at 2000-01-01 UTC, 1 ms per read, plus sleeps)
     * and os.urandom is a generator seeded with {@link #withSeed}: two runs print the same.
     */
    public SandboxOptions withDeterministic(boolean on) {
        return withCallLog(callLog.withDeterministic(on));
    }

    /** The seed of deterministic mode's randomness (default 0); setting it turns deterministic mode on. */
    public SandboxOptions withSeed(long seed) {
        return withCallLog(callLog.withSeed(seed).withDeterministic(true));
    }

    /**
     * The seed of str and bytes hashes, as CPython's {@code PYTHONHASHSEED}: 0 (the default)
     * for the fixed key, 1 to 4294967295 for CPython's key of that seed, null for a random
     * seed each run (not with deterministic mode). A replay uses its record's seed.
     */
    public SandboxOptions withHashSeed(Long seed) {
        return withCallLog(callLog.withHashSeed(seed));
    }

    private SandboxOptions withCallLog(CallLogSettings settings) {
        SandboxOptions copy = copy();
        copy.callLog = settings;
        return copy;
    }

    /** The run's trace, record, replay and determinism settings. */
    public CallLogSettings callLog() {
        return callLog;
    }

    // ---- --max-open-files ----------------------------------------------------------------

    /**
     * Most file descriptors the guest may have open at once, its three standard streams
     * included (as RLIMIT_NOFILE); beyond it, open() fails with EMFILE. At least 3.
     */
    public SandboxOptions withMaxOpenFiles(int count) {
        if (count < 3) {
            throw new IllegalArgumentException("max open files must be at least 3: " + count);
        }
        SandboxOptions copy = copy();
        copy.maxOpenFiles = count;
        return copy;
    }

    /** The guest's descriptor limit, standard streams included. */
    public int maxOpenFiles() {
        return maxOpenFiles;
    }

    // ---- terminals -----------------------------------------------------------------------

    /**
     * Which of the guest's standard streams are terminals, as {@code isatty()} answers for
     * fds 0, 1 and 2 ({@code os.isatty}, {@code sys.stdout.isatty()}, ...). The terrarium
     * command passes what it finds for its own stdin, stdout and stderr; streams an embedder
     * gives or captures are not terminals (the default: all false).
     */
    public SandboxOptions withTerminals(boolean stdin, boolean stdout, boolean stderr) {
        SandboxOptions copy = copy();
        copy.terminals = (stdin ? 1 : 0) | (stdout ? 2 : 0) | (stderr ? 4 : 0);
        return copy;
    }

    /** Whether the guest's standard stream {@code fd} (0 to 2) is a terminal; false for any other fd. */
    public boolean isTerminal(long fd) {
        return fd >= 0 && fd <= 2 && (terminals & (1 << fd)) != 0;
    }

    /**
     * Starts the child JVM in a session of its own (through {@code setsid}, where the host has
     * it), so that Ctrl-C at the controller's terminal reaches only the controller, which
     * turns it into a KeyboardInterrupt of the guest ({@link RunControl}). The terrarium
     * command does this; off by default.
     */
    public SandboxOptions withChildInOwnSession(boolean own) {
        SandboxOptions copy = copy();
        copy.childInOwnSession = own;
        return copy;
    }

    /** Whether the child runs in a session of its own (see {@link #withChildInOwnSession}). */
    public boolean childInOwnSession() {
        return childInOwnSession;
    }
}
