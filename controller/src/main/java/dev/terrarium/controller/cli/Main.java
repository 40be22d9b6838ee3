package dev.terrarium.controller.cli;

import dev.terrarium.controller.Program;
import dev.terrarium.controller.RunControl;
import dev.terrarium.controller.Sandbox;
import dev.terrarium.controller.SandboxOptions;
import dev.terrarium.controller.vfs.Mount;
import dev.terrarium.runtime.HashSeed;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code terrarium} command, shaped like {@code python}: {@code terrarium [options] script.py
 * [args...]}, {@code -c CODE}, {@code -} (program on stdin), {@code -i}, and the interactive
 * interpreter when run alone at a terminal (see {@link #USAGE} and docs/SANDBOX.md).
 * Options come before the program; everything after it belongs to the guest's argv.
 * Exits with the guest's status, 2 for a usage error or an unopenable script (as
 * CPython), or a controller outcome code (see {@link dev.terrarium.controller.Outcome}).
 */
public final class Main {
    private Main() {}

    /** The version {@code --version} prints. */
    public static final String VERSION = "terrarium 0.1.0-SNAPSHOT (Python 3.11 subset)";

    static final String USAGE = String.join("\n",
            "usage: terrarium [option] ... [-c cmd | - | script.py] [arg] ...",
            "Runs a Python 3.11 program in a sandboxed JVM; the script's folder (for -c, - and the",
            "interactive interpreter: the current directory) is visible read-only at /work.",
            "With no program, reads it from stdin, or starts the interactive interpreter if stdin",
            "is a terminal.",
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
            "  --trace FILE       write every call the guest makes (file, clock, random, output)",
            "                     to FILE as one JSON object per line: op, summarized arguments,",
            "                     result or errno, microseconds taken",
            "  --record FILE      record every call and its reply to FILE, for --replay",
            "  --replay FILE      run the recorded script again, answering every call from FILE",
            "                     (no host files, clock or randomness); same script and args",
            "                     required; stops with code 117 if the guest asks otherwise",
            "  --deterministic    virtual clock (2000-01-01 UTC, +1 ms per read, plus sleeps) and",
            "                     seeded os.urandom/random: two runs give the same output",
            "  --seed N           the seed of --deterministic (default 0; implies it)",
            "  --hash-seed N|random  seed of str/bytes hashes, as PYTHONHASHSEED (default 0, a",
            "                     fixed key; random: a new seed each run, as CPython)",
            "  --help             show this help and exit",
            "  --version          show the version and exit",
            // program forms, environment, stdin and output (as python's)
            "  -c CMD             run the program CMD (terminates the option list; sys.argv[0] is '-c')",
            "  -                  read the program from stdin (sys.argv[0] is '-')",
            "  -i                 enter the interactive interpreter after the program (or instead of",
            "                     reading it from stdin); prompts go to stderr. At a terminal, lines",
            "                     are edited with history (JLine) in the controller",
            "  --env NAME=VALUE   set a variable of the guest's environment (repeatable). The default",
            "                     environment is HOME=/tmp LANG=C.UTF-8 PATH=/usr/local/bin:/usr/bin:/bin;",
            "                     nothing comes from the host's environment unless --env-inherit asks",
            "  --env-inherit NAME copy NAME from the host's environment, if set there (repeatable)",
            "  --max-output SIZE  stop the run when stdout and stderr together exceed SIZE bytes",
            "                     (default: no limit; k, m, g suffixes accepted)",
            "  --max-open-files N most file descriptors the guest may have open at once, its standard",
            "                     streams included (default 256); beyond it: OSError [Errno 24]",
            "The guest's stdin (input(), sys.stdin) reads the controller's stdin, only when it asks.",
            "");

    public static void main(String[] args) {
        OutputStream stdout = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
        OutputStream stderr = new FileOutputStream(FileDescriptor.err);
        InputStream stdin = System.in;
        boolean terminal = isTerminal(0);
        Terminals terminals = new Terminals(terminal, isTerminal(1), isTerminal(2));
        if (terminal) {
            // Line editing and history for what the guest reads (the REPL, input()), with the
            // prompts it writes to the terminal redrawn by the editor.
            OutputTail prompts = new OutputTail();
            stdout = isTerminal(1) ? prompts.wrap(stdout) : stdout;
            stderr = isTerminal(2) ? prompts.wrap(stderr) : stderr;
            stdin = new TerminalLines(prompts);
        }
        RunControl control = new RunControl();
        interruptOnSigint(control);
        int code = run(args, stdin, terminals, stdout, stderr, control);
        System.exit(code);
    }

    /**
     * Ctrl-C (SIGINT) interrupts the guest with KeyboardInterrupt instead of ending the
     * controller; a second one before the first has reached the guest (a builtin that runs
     * long without ticking) ends the command with status 130. The child never sees the signal:
     * it runs in a session of its own ({@link SandboxOptions#withChildInOwnSession}). Uses the
     * JDK's sun.misc.Signal (module jdk.unsupported, no flag needed); without it Ctrl-C ends
     * the command as before.
     */
    private static void interruptOnSigint(RunControl control) {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), signal -> {
                if (control.interrupt()) {
                    System.exit(130);
                }
            });
        } catch (IllegalArgumentException | UnsupportedOperationException | LinkageError e) {
            // no SIGINT handling here: the JVM's default ends the command
        }
    }

    /**
     * Which of the command's own standard streams are terminals: the guest's {@code isatty()}
     * answers the same for its fds 0, 1 and 2, and a terminal stdin makes {@code terrarium}
     * without a program start the interactive interpreter.
     */
    public record Terminals(boolean stdin, boolean stdout, boolean stderr) {
        /** No terminal at all: pipes, files, captured streams. */
        public static final Terminals NONE = new Terminals(false, false, false);
    }

    /**
     * Whether the controller's descriptor {@code fd} is a terminal, as python's isatty(): on
     * Linux the target of /proc/self/fd/N; elsewhere, whether the JVM has a console (stdin and
     * stdout both terminals).
     */
    static boolean isTerminal(int fd) {
        try {
            String target = java.nio.file.Files.readSymbolicLink(Paths.get("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    /** Runs the command line {@code args} with an empty stdin that is not a terminal; returns the exit code. */
    static int run(String[] args, OutputStream stdout, OutputStream stderr) {
        return run(args, InputStream.nullInputStream(), false, stdout, stderr);
    }

    /**
     * Runs the command line {@code args}; returns the exit code. {@code stdin} feeds the guest's
     * stdin (and is the program for {@code -}); {@code terminal} says whether it is a terminal,
     * which makes {@code terrarium} without a program start the interactive interpreter.
     */
    public static int run(String[] args, InputStream stdin, boolean terminal, OutputStream stdout,
            OutputStream stderr) {
        return run(args, stdin, new Terminals(terminal, false, false), stdout, stderr);
    }

    /**
     * As {@link #run(String[], InputStream, boolean, OutputStream, OutputStream)}, with
     * {@code terminals} saying which of stdin, stdout and stderr are terminals (what the
     * guest's {@code isatty()} answers for fds 0 to 2).
     */
    public static int run(String[] args, InputStream stdin, Terminals terminals, OutputStream stdout,
            OutputStream stderr) {
        return run(args, stdin, terminals, stdout, stderr, new RunControl());
    }

    /**
     * As {@link #run(String[], InputStream, Terminals, OutputStream, OutputStream)}, with the
     * guest interruptible through {@code control} (the command's SIGINT handler calls
     * {@link RunControl#interrupt()}).
     */
    public static int run(String[] args, InputStream stdin, Terminals terminals, OutputStream stdout,
            OutputStream stderr, RunControl control) {
        boolean terminal = terminals.stdin();
        PrintStream out = new PrintStream(stdout, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(stderr, true, StandardCharsets.UTF_8);
        SandboxOptions options = SandboxOptions.defaults().withClassDataDirectory(classDataDirectory())
                .withCommandWorkFolder(Paths.get(""))
                .withStdin(stdin)
                .withTerminals(terminals.stdin(), terminals.stdout(), terminals.stderr())
                .withChildInOwnSession(true);
        boolean interactive = false;
        int i = 0;
        try {
            for (; i < args.length && args[i].startsWith("-"); i++) {
                String arg = args[i];
                if (arg.startsWith("-c")) {
                    // python's -c: the program is the rest of this argument or the next one; the
                    // arguments after it are the guest's.
                    String code = arg.length() > 2 ? arg.substring(2) : value(args, i, "-c");
                    int next = arg.length() > 2 ? i + 1 : i + 2;
                    return runProgram(Program.command(code), args, next, interactive, options, stdout, stderr, control);
                }
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
                    case "--trace":
                        options = options.withTrace(Paths.get(value(args, i, arg)));
                        i += arg.contains("=") ? 0 : 1;
                        break;
                    case "--record":
                        options = options.withRecord(Paths.get(value(args, i, arg)));
                        i += arg.contains("=") ? 0 : 1;
                        break;
                    case "--replay":
                        options = options.withReplay(Paths.get(value(args, i, arg)));
                        i += arg.contains("=") ? 0 : 1;
                        break;
                    case "--deterministic":
                        options = options.withDeterministic(true);
                        break;
                    case "--seed":
                        options = options.withSeed(seed(value(args, i, arg)));
                        i += arg.contains("=") ? 0 : 1;
                        break;
                    case "--hash-seed": {
                        String seed = value(args, i, arg);
                        options = options.withHashSeed(seed.equals("random") ? null : hashSeed(seed));
                        i += arg.contains("=") ? 0 : 1;
                        break;
                    }
                    case "--":
                        i++;
                        return runScript(args, i, options, stdout, stderr, err, control);
                    case "-":
                        return runProgram(Program.stdin(), args, i + 1, interactive, options, stdout, stderr, control);
                    case "-i":
                        interactive = true;
                        break;
                    case "--env": {
                        String assignment = value(args, i, arg);
                        int eq = assignment.indexOf('=');
                        if (eq <= 0) {
                            throw new IllegalArgumentException("invalid --env '" + assignment + "' (expected NAME=VALUE)");
                        }
                        options = options.withEnvironmentVariable(assignment.substring(0, eq), assignment.substring(eq + 1));
                        i += arg.contains("=") ? 0 : 1;
                        break;
                    }
                    case "--env-inherit": {
                        String variable = value(args, i, arg);
                        String host = System.getenv(variable);
                        if (host != null) {
                            options = options.withEnvironmentVariable(variable, host);
                        }
                        i += arg.contains("=") ? 0 : 1;
                        break;
                    }
                    case "--max-open-files":
                        options = options.withMaxOpenFiles(openFiles(value(args, i, arg)));
                        i += arg.contains("=") ? 0 : 1;
                        break;
                    case "--max-output":
                        options = options.withMaxOutputBytes(bytes(value(args, i, arg), name));
                        i += arg.contains("=") ? 0 : 1;
                        break;
                    default:
                        return usageError(err, "unknown option " + arg);
                }
            }
        } catch (IllegalArgumentException e) {
            return usageError(err, e.getMessage());
        }
        if (i >= args.length) {
            // As python: no program means the REPL at a terminal (or with -i), else the program on stdin.
            Program program = interactive || terminal ? Program.repl() : Program.stdin();
            return runProgram(program, args, i, false, options, stdout, stderr, control);
        }
        return runProgram(Program.file(Paths.get(args[i])), args, i + 1, interactive, options, stdout, stderr, control);
    }

    private static int runScript(String[] args, int i, SandboxOptions options, OutputStream stdout,
            OutputStream stderr, PrintStream err, RunControl control) {
        if (i >= args.length) {
            return usageError(err, "no script given");
        }
        return runProgram(Program.file(Paths.get(args[i])), args, i + 1, false, options, stdout, stderr, control);
    }

    /** Runs {@code program} with {@code args[from:]} as its arguments ({@code -i}: then the REPL). */
    private static int runProgram(Program program, String[] args, int from, boolean interactive,
            SandboxOptions options, OutputStream stdout, OutputStream stderr, RunControl control) {
        List<String> guestArgs = Arrays.asList(args).subList(Math.min(from, args.length), args.length);
        Program run = interactive && !program.interactive() ? program.thenInteractive() : program;
        int code = Sandbox.run(run, guestArgs, options, stdout, stderr, control).exitCode();
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

    /** The value of --max-open-files: an integer from 3 (the standard streams) to 65536. */
    private static int openFiles(String text) {
        if (text.isEmpty() || text.length() > 5 || !text.chars().allMatch(c -> c >= '0' && c <= '9')
                || Integer.parseInt(text) < 3 || Integer.parseInt(text) > 65536) {
            throw new IllegalArgumentException(
                    "invalid --max-open-files '" + text + "' (expected an integer from 3 to 65536)");
        }
        return Integer.parseInt(text);
    }

    private static long seed(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid --seed '" + text + "' (expected an integer)");
        }
    }

    private static long hashSeed(String text) {
        if (text.isEmpty() || text.length() > 10 || !text.chars().allMatch(c -> c >= '0' && c <= '9')
                || Long.parseLong(text) > HashSeed.MAX) {
            throw new IllegalArgumentException(
                    "invalid --hash-seed '" + text + "' (expected 'random' or an integer in range [0; 4294967295])");
        }
        return Long.parseLong(text);
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
