package dev.terrarium.controller.child;

import dev.terrarium.controller.SandboxOptions;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of the child JVM. Flags chosen for start-up time and isolation:
 * <ul>
 *   <li>{@code -XX:+UseG1GC}, not SerialGC: on JDK 17 only G1 can map the heap objects
 *       archived in the JDK's default CDS archive (the module graph), which makes G1
 *       start about 10 ms faster than Serial or Parallel (measured: a trivial main takes
 *       about 42 ms with these flags, 53 ms with SerialGC).</li>
 *   <li>{@code -XX:-UsePerfData}: no hsperfdata file in /tmp (saves a few ms, and the
 *       child leaves no trace on the host file system).</li>
 *   <li>{@code -Xshare:auto}: the JDK's class-data sharing archive when present (without it
 *       a trivial main takes 72 ms instead of about 45).</li>
 *   <li>{@code -Xss} (default 64m): the guest's main thread; 1 MiB holds only about 2,600
 *       interpreted method-handle frames, 64 MiB about 186,000, room for Python's
 *       recursion limit with any plausible frame cost; reserving it costs no start-up time.</li>
 *   <li>{@code -XX:+DisableAttachMechanism}: no other local process may attach tools or
 *       agents to the sandbox (costs nothing measurable).</li>
 *   <li>{@code -XX:TieredStopAtLevel} is deliberately absent: guest programs want the full JIT.</li>
 *   <li>{@code -XX:+DisplayVMOutputToStderr} and {@code -Xlog:all=warning:stderr}: the VM's
 *       own messages (warnings, unified logging) would otherwise go to stdout, which is the
 *       request pipe.</li>
 * </ul>
 * The child gets an empty environment, so {@code JAVA_TOOL_OPTIONS} and friends of the
 * host cannot add agents or options to it (see {@link ChildProcess}).
 */
public final class ChildCommand {
    private ChildCommand() {}

    public static List<String> build(SandboxOptions options) {
        return build(options, List.of());
    }

    /** The command, with {@code classDataArgs} (see {@link ClassDataArchive}) among the JVM options. */
    static List<String> build(SandboxOptions options, List<String> classDataArgs) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable(options).toString());
        command.add("-Xmx" + options.heap());
        command.add("-Xss" + options.stack());
        command.add("-XX:+UseG1GC");
        command.add("-XX:-UsePerfData");
        command.add("-Xshare:auto");
        command.add("-XX:+DisableAttachMechanism");
        command.add("-XX:+DisplayVMOutputToStderr");
        command.add("-Xlog:disable");
        command.add("-Xlog:all=warning:stderr");
        // Python tracebacks are read from Java stack traces: keep every frame of a deep
        // recursion (each Python call is a few Java frames; the default keeps only 1024).
        command.add("-XX:MaxJavaStackTraceDepth=65536");
        command.addAll(classDataArgs);
        command.addAll(options.extraJvmArgs());
        command.add("-cp");
        command.add(classPath(options));
        command.add(options.mainClass());
        command.addAll(programArgs(options));
        return command;
    }

    /** The child's argument that makes it warm up before its HELLO (children of the warm pool). */
    public static final String WARM_UP = "--warm-up";

    /** The arguments after the main class: what the child's {@code main} (ChildMain) receives. */
    public static List<String> programArgs(SandboxOptions options) {
        List<String> args = new ArrayList<>();
        // The heap granted, in bytes: the runtime's allocation budget follows it.
        args.add("--heap-bytes=" + options.heapBytes());
        if (options.dumpAst()) {
            args.add("--dump-ast");
        }
        Long hashSeed = options.callLog().hashSeed();
        if (hashSeed != null && hashSeed != 0) {
            args.add("--hash-seed=" + hashSeed);
        }
        return args;
    }

    /** The configured launcher, or {@code bin/java} of the JDK running the controller. */
    static Path javaExecutable(SandboxOptions options) {
        if (options.javaExecutable() != null) {
            return options.javaExecutable();
        }
        Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
        if (Files.isExecutable(java)) {
            return java;
        }
        return ProcessHandle.current().info().command().map(Paths::get).orElse(java);
    }

    /**
     * The configured class path, or the controller's own, with every entry made absolute
     * (the child runs in another working directory). A jar's manifest Class-Path is honoured
     * by the child's class loader too, so {@code java -jar terrarium.jar} passes on its lib/.
     */
    static String classPath(SandboxOptions options) {
        return String.join(File.pathSeparator, classPathEntries(options));
    }

    /** The absolute class path entries of the child. */
    static List<String> classPathEntries(SandboxOptions options) {
        List<String> entries = options.classPath() != null
                ? options.classPath()
                : List.of(System.getProperty("java.class.path").split(File.pathSeparator));
        List<String> absolute = new ArrayList<>();
        for (String entry : entries) {
            if (!entry.isEmpty()) {
                absolute.add(Paths.get(entry).toAbsolutePath().toString());
            }
        }
        return absolute;
    }
}
