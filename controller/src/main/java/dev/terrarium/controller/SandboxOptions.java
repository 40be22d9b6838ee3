package dev.terrarium.controller;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Settings of one sandboxed run. Immutable: each {@code with...} method returns a copy.
 * {@link #defaults()} is what the {@code terrarium} command uses without options.
 */
public final class SandboxOptions {
    /** The child's entry point in production. */
    public static final String CHILD_MAIN = "dev.terrarium.interpreter.child.ChildMain";

    private static final Pattern JVM_SIZE = Pattern.compile("[1-9][0-9]{0,9}[kKmMgG]?");

    private final String heap;
    private final String stack;
    private final Duration timeout;
    private final long maxOutputBytes;
    private final Path javaExecutable;
    private final String mainClass;
    private final List<String> classPath;
    private final List<String> extraJvmArgs;

    private SandboxOptions(String heap, String stack, Duration timeout, long maxOutputBytes,
            Path javaExecutable, String mainClass, List<String> classPath, List<String> extraJvmArgs) {
        this.heap = heap;
        this.stack = stack;
        this.timeout = timeout;
        this.maxOutputBytes = maxOutputBytes;
        this.javaExecutable = javaExecutable;
        this.mainClass = mainClass;
        this.classPath = classPath;
        this.extraJvmArgs = extraJvmArgs;
    }

    /**
     * 256 MiB heap, 64 MiB stack, no time or output limit, the running JDK's {@code java},
     * the controller's own class path, and the real child entry point.
     */
    public static SandboxOptions defaults() {
        return new SandboxOptions("256m", "64m", null, -1, null, CHILD_MAIN, null, List.of());
    }

    /** Maximum heap of the child JVM, in {@code -Xmx} syntax ("256m", "1g"). */
    public SandboxOptions withHeap(String size) {
        return new SandboxOptions(checkSize(size, "heap"), stack, timeout, maxOutputBytes, javaExecutable,
                mainClass, classPath, extraJvmArgs);
    }

    /** Stack of the child's main thread, in {@code -Xss} syntax: room for deep guest recursion. */
    public SandboxOptions withStack(String size) {
        return new SandboxOptions(heap, checkSize(size, "stack"), timeout, maxOutputBytes, javaExecutable,
                mainClass, classPath, extraJvmArgs);
    }

    /** Wall-time limit of the whole run, from launch to exit; null for none. */
    public SandboxOptions withTimeout(Duration limit) {
        if (limit != null && (limit.isNegative() || limit.isZero())) {
            throw new IllegalArgumentException("timeout must be positive: " + limit);
        }
        return new SandboxOptions(heap, stack, limit, maxOutputBytes, javaExecutable, mainClass, classPath,
                extraJvmArgs);
    }

    /** Most bytes the guest may write to stdout and stderr together; negative for no limit. */
    public SandboxOptions withMaxOutputBytes(long bytes) {
        return new SandboxOptions(heap, stack, timeout, bytes < 0 ? -1 : bytes, javaExecutable, mainClass,
                classPath, extraJvmArgs);
    }

    /** The {@code java} launcher for the child; null for the one of the running JDK. */
    public SandboxOptions withJavaExecutable(Path java) {
        return new SandboxOptions(heap, stack, timeout, maxOutputBytes, java, mainClass, classPath,
                extraJvmArgs);
    }

    /** The child's main class; tests substitute fake children for {@link #CHILD_MAIN}. */
    public SandboxOptions withMainClass(String className) {
        return new SandboxOptions(heap, stack, timeout, maxOutputBytes, javaExecutable,
                Objects.requireNonNull(className), classPath, extraJvmArgs);
    }

    /** The child's class path entries; null for the controller's own {@code java.class.path}. */
    public SandboxOptions withClassPath(List<String> entries) {
        return new SandboxOptions(heap, stack, timeout, maxOutputBytes, javaExecutable, mainClass,
                entries == null ? null : List.copyOf(entries), extraJvmArgs);
    }

    /** More JVM options for the child, placed before the main class (for experiments and tests). */
    public SandboxOptions withExtraJvmArgs(List<String> args) {
        return new SandboxOptions(heap, stack, timeout, maxOutputBytes, javaExecutable, mainClass, classPath,
                List.copyOf(args));
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

    private static String checkSize(String size, String what) {
        if (size == null || !JVM_SIZE.matcher(size).matches()) {
            throw new IllegalArgumentException("invalid " + what + " size '" + size + "' (expected e.g. 256m or 1g)");
        }
        return size;
    }
}
