package dev.terrarium.controller.cli;

import dev.terrarium.controller.Sandbox;
import dev.terrarium.controller.SandboxOptions;
import dev.terrarium.controller.vfs.Mount;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code terrarium} command: {@code terrarium [options] script.py [args...]} (see {@link #USAGE}
 * and docs/SANDBOX.md).
 * Options come before the script; everything after it belongs to the guest's argv.
 * Exits with the guest's status, 2 for a usage error or an unopenable script (as
 * CPython), or a controller outcome code (see {@link dev.terrarium.controller.Outcome}).
 */
public final class Main {
    private Main() {}

    /** The version {@code --version} prints. */
    public static final String VERSION = "terrarium 0.1.0-SNAPSHOT (Python 3.11 subset)";

    static final String USAGE = String.join("\n",
            "usage: terrarium [option] ... script.py [arg] ...",
            "Runs a Python 3.11 script in a sandboxed JVM; the script's folder is visible read-only at /work.",
            "options:",
            "  --heap SIZE        maximum heap of the sandbox, e.g. 256m (default) or 1g",
            "  --timeout SECONDS  stop the run after this wall time (default: no limit)",
            "  --cpu SECONDS      stop the run after this much CPU time of the sandbox process",
            "                     (default: no limit); the guest cannot catch it. With --heap,",
            "                     runs that exceed a limit exit with their own code (see docs)",
            "  --mount HOST_DIR:GUEST_PATH[:ro|rw|overlay]",
            "                     show a host folder to the guest (repeatable; default mode ro).",
            "                     Always mounted: the script's folder at /work (ro, the working",
            "                     directory) and an in-memory /tmp. rw writes reach the host at",
            "                     once; overlay writes stay in memory (see --commit-overlay)",
            "  --commit-overlay   write overlay changes back to the host if the script exits",
            "                     with status 0 (otherwise the host is never touched)",
            "  --max-write-bytes SIZE  total bytes the guest may write to writable mounts",
            "                     (default 64m; k, m, g suffixes accepted)",
            "  --max-file-size SIZE    largest file on a writable mount (default 16m, at most 1g)",
            "  --max-files N      files and directories the guest may create (default 1000)",
            "  --dump-ast         print the script's AST instead of running it, in the format of",
            "                     CPython's ast.dump(ast.parse(src), include_attributes=True)",
            "  --help             show this help and exit",
            "  --version          show the version and exit",
            "");

    public static void main(String[] args) {
        OutputStream stdout = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
        OutputStream stderr = new FileOutputStream(FileDescriptor.err);
        int code = run(args, stdout, stderr);
        System.exit(code);
    }

    /** Runs the command line {@code args}; returns the exit code. */
    static int run(String[] args, OutputStream stdout, OutputStream stderr) {
        PrintStream out = new PrintStream(stdout, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(stderr, true, StandardCharsets.UTF_8);
        SandboxOptions options = SandboxOptions.defaults().withClassDataDirectory(classDataDirectory());
        int i = 0;
        try {
            for (; i < args.length && args[i].startsWith("-"); i++) {
                String arg = args[i];
                String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
                switch (name) {
                    case "--help":
                    case "-h":
                        out.print(USAGE);
                        out.flush();
                        return 0;
                    case "--version":
                    case "-V":
                        out.println(VERSION);
                        out.flush();
                        return 0;
                    case "--heap":
                        options = options.withHeap(value(args, i, arg));
                        i += arg.contains("=") ? 0 : 1;
                        break;
                    case "--timeout":
                        options = options.withTimeout(seconds(value(args, i, arg)));
                        i += arg.contains("=") ? 0 : 1;
                        break;
                    case "--mount":
                        options = options.withMount(Mount.parse(value(args, i, arg)));
                        i += arg.contains("=") ? 0 : 1;
                        break;
                    case "--commit-overlay":
                        options = options.withCommitOverlay(true);
                        break;
                    case "--max-write-bytes":
                        options = options.withMaxWriteBytes(bytes(value(args, i, arg), name));
                        i += arg.contains("=") ? 0 : 1;
                        break;
                    case "--max-file-size":
                        options = options.withMaxFileBytes(bytes(value(args, i, arg), name));
                        i += arg.contains("=") ? 0 : 1;
                        break;
                    case "--max-files":
                        options = options.withMaxFiles(bytes(value(args, i, arg), name));
                        i += arg.contains("=") ? 0 : 1;
                        break;
                    case "--cpu":
                        options = options.withCpuLimit(cpuSeconds(value(args, i, arg)));
                        i += arg.contains("=") ? 0 : 1;
                        break;
                    case "--dump-ast":
                        options = options.withDumpAst(true);
                        break;
                    case "--":
                        i++;
                        return runScript(args, i, options, stdout, stderr, err);
                    default:
                        return usageError(err, "unknown option " + arg);
                }
            }
        } catch (IllegalArgumentException e) {
            return usageError(err, e.getMessage());
        }
        return runScript(args, i, options, stdout, stderr, err);
    }

    private static int runScript(String[] args, int i, SandboxOptions options, OutputStream stdout,
            OutputStream stderr, PrintStream err) {
        if (i >= args.length) {
            return usageError(err, "no script given");
        }
        Path script = Paths.get(args[i]);
        List<String> guestArgs = Arrays.asList(args).subList(i + 1, args.length);
        int code = Sandbox.runScript(script, guestArgs, options, stdout, stderr);
        try {
            stdout.flush();
        } catch (java.io.IOException ignored) {
            // stdout is gone; the guest already saw EPIPE
        }
        return code;
    }

    /**
     * Where the child's class-data archives live when the controller runs as
     * {@code java -jar terrarium.jar}: a {@code cds} folder beside the jar (so a clean build
     * removes them); null otherwise.
     */
    static Path classDataDirectory() {
        String classPath = System.getProperty("java.class.path", "");
        if (!classPath.endsWith(".jar") || classPath.contains(java.io.File.pathSeparator)) {
            return null;
        }
        Path parent = Paths.get(classPath).toAbsolutePath().getParent();
        return parent == null ? null : parent.resolve("cds");
    }

    /** The option's value: after '=' in the same argument, or the next argument. */
    private static String value(String[] args, int i, String arg) {
        int eq = arg.indexOf('=');
        if (eq >= 0) {
            return arg.substring(eq + 1);
        }
        if (i + 1 >= args.length) {
            throw new IllegalArgumentException("option " + arg + " needs a value");
        }
        return args[i + 1];
    }

    private static Duration seconds(String text) {
        double seconds;
        try {
            seconds = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid --timeout '" + text + "' (expected seconds, e.g. 10 or 0.5)");
        }
        if (!(seconds > 0) || seconds > 1e9) {
            throw new IllegalArgumentException("invalid --timeout '" + text + "' (expected a positive number of seconds)");
        }
        return Duration.ofNanos((long) (seconds * 1e9));
    }

    /** The value of --cpu: positive seconds, fractions allowed. */
    private static Duration cpuSeconds(String text) {
        double seconds;
        try {
            seconds = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            seconds = Double.NaN;
        }
        if (!(seconds > 0) || seconds > 1e9) {
            throw new IllegalArgumentException("invalid --cpu '" + text + "' (expected a positive number of seconds)");
        }
        return Duration.ofNanos((long) (seconds * 1e9));
    }

    /** A count of bytes: digits with an optional k, m or g (powers of 1024). */
    static long bytes(String text, String option) {
        String digits = text;
        int shift = 0;
        if (!text.isEmpty() && "kKmMgG".indexOf(text.charAt(text.length() - 1)) >= 0) {
            shift = "kKmMgG".indexOf(text.charAt(text.length() - 1)) / 2 * 10 + 10;
            digits = text.substring(0, text.length() - 1);
        }
        if (digits.isEmpty() || digits.length() > 12 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("invalid " + option + " '" + text + "' (expected e.g. 1000, 64k or 16m)");
        }
        return Long.parseLong(digits) << shift;
    }

    private static int usageError(PrintStream err, String problem) {
        err.println("terrarium: " + problem);
        err.print(USAGE);
        err.flush();
        return 2;
    }
}
