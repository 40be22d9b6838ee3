package dev.terrarium.controller;

import dev.terrarium.controller.child.ChildGone;
import dev.terrarium.controller.child.Child;
import dev.terrarium.controller.child.ProtocolViolation;
import dev.terrarium.controller.trace.CallLog;
import dev.terrarium.controller.trace.CallLogFailure;
import dev.terrarium.controller.trace.RecordedEnding;
import dev.terrarium.controller.trace.ReplayDiverged;
import dev.terrarium.controller.trace.StandardStreams;
import dev.terrarium.controller.vfs.EmptyInput;
import dev.terrarium.controller.vfs.FdTable;
import dev.terrarium.controller.vfs.GuestInput;
import dev.terrarium.controller.vfs.GuestOutput;
import dev.terrarium.controller.vfs.Mount;
import dev.terrarium.controller.vfs.OpenFile;
import dev.terrarium.controller.vfs.OutputLimitExceeded;
import dev.terrarium.controller.vfs.OutputMeter;
import dev.terrarium.controller.vfs.VirtualFileSystem;
import dev.terrarium.runtime.HashSeed;
import java.io.ByteArrayInputStream;
import dev.terrarium.interpreter.child.PipeEndpoint;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a Python script in a sandbox child JVM, as {@code python3 script args...} would run
 * it, with the script's folder shown read-only at {@code /work} (the guest's working
 * directory), an in-memory {@code /tmp}, and the mounts of the {@link SandboxOptions}. Overlay
 * mounts are written back to the host only if the guest exits with status 0 and the options
 * ask for it. The guest's stdout and stderr go to the given streams; the controller's own
 * messages ({@code terrarium: stopped: ...}) go to {@code stderr}. Never throws for
 * anything the child does and never waits past the configured wall-time limit.
 *
 * <p>Thread-safe: each call has its own child, file system and descriptors.
 */
public final class Sandbox {
    private Sandbox() {}

    /** How long a child that sent EXIT gets to end on its own before it is killed. */
    private static final long EXIT_GRACE_MILLIS = 5000;
    /** How long a child that closed its pipe gets to exit, to tell a crash from a hang. */
    private static final long GONE_GRACE_MILLIS = 2000;

    /**
     * Runs {@code script} with {@code args} and returns the exit code: the guest's status
     * if it finished, else the code of its {@link Outcome}.
     */
    public static int runScript(Path script, List<String> args, SandboxOptions options,
            OutputStream stdout, OutputStream stderr) {
        return run(script, args, options, stdout, stderr).exitCode();
    }

    /** As {@link #runScript}, returning how the run ended as well as the exit code. */
    public static RunResult run(Path script, List<String> args, SandboxOptions options,
            OutputStream stdout, OutputStream stderr) {
        return run(Program.file(script), args, options, stdout, stderr);
    }

    /**
     * Runs {@code program} (a script, {@code -c} text, a program on stdin, or the REPL, see
     * {@link Program}) with {@code args} as {@code sys.argv[1:]}.
     */
    public static RunResult run(Program program, List<String> args, SandboxOptions options,
            OutputStream stdout, OutputStream stderr) {
        return run(program, args, options, stdout, stderr, new RunExtras());
    }

    /**
     * As {@link #run(Program, List, SandboxOptions, OutputStream, OutputStream)}, interruptible
     * through {@code control} ({@link RunControl#interrupt()}: a KeyboardInterrupt in the guest).
     */
    public static RunResult run(Program program, List<String> args, SandboxOptions options,
            OutputStream stdout, OutputStream stderr, RunControl control) {
        RunExtras extras = new RunExtras();
        extras.control = control;
        return run(program, args, options, stdout, stderr, extras);
    }

    /** As {@link #run(Program, List, SandboxOptions, OutputStream, OutputStream)}, with what an embedder adds. */
    static RunResult run(Program program, List<String> args, SandboxOptions options,
            OutputStream stdout, OutputStream stderr, RunExtras extras) {
        Path folder;
        String argv0;
        Path absolute = null;
        if (program.kind() == Program.Kind.FILE) {
            absolute = program.script().toAbsolutePath();
            RunResult unopenable = checkScript(absolute);
            if (unopenable != null) {
                say(stderr, "terrarium: " + unopenable.reason());
                return unopenable;
            }
            Path guestScript;
            try {
                // The script's folder becomes /work. If the script is a symbolic link to a file
                // outside that folder, the guest could not read it there: mount its real folder.
                folder = absolute.getParent();
                Path real = absolute.toRealPath();
                guestScript = absolute.getFileName();
                if (!real.startsWith(folder.toRealPath())) {
                    folder = real.getParent();
                    guestScript = real.getFileName();
                }
            } catch (IOException e) {
                return stop(stderr, RunResult.stopped(Outcome.CANNOT_OPEN_SCRIPT,
                        "can't open file '" + absolute + "': " + e.getMessage()), null);
            }
            argv0 = VirtualFileSystem.WORK_DIR + "/" + guestScript;
        } else {
            // The terrarium command shows its current folder, read-only, as python -c sees its
            // working directory; an embedder's program text gets an empty /work unless it asks.
            folder = options.commandWorkFolder();
            argv0 = program.argv0();
        }
        VirtualFileSystem vfs;
        try {
            // A replay answers every call from its record: the host's folders are never read.
            vfs = options.callLog().replaying() ? null : newFileSystem(folder, options);
        } catch (IOException e) {
            return stop(stderr, RunResult.stopped(Outcome.LAUNCH_FAILED, e.getMessage()), null);
        }
        List<String> argv = new ArrayList<>();
        argv.add(argv0);
        argv.addAll(args);
        GuestStart start = new GuestStart(argv, program.code(), program.interactive(), options.environment(),
                options::isTerminal);

        OutputMeter meter = new OutputMeter(options.maxOutputBytes());
        GuestOutput guestStdout = new GuestOutput(stdout, meter);
        GuestOutput guestStderr = new GuestOutput(stderr, meter);
        AtomicReference<Child> launched = new AtomicReference<>();
        FdTable fds = new FdTable(stdin(options, launched, extras.control), guestStdout, guestStderr,
                options.maxOpenFiles());
        CallLog log;
        try {
            log = CallLog.open(options.callLog(), absolute, program.code(), argv, hashSeed(options),
                    new StandardStreams(fds, guestStdout, guestStderr));
        } catch (CallLogFailure e) {
            return stop(stderr, RunResult.stopped(Outcome.CONTROLLER_ERROR, e.getMessage()), null);
        } catch (ReplayDiverged e) {
            return stop(stderr, RunResult.stopped(Outcome.REPLAY_DIVERGED, e.getMessage()), null);
        }
        // the seed chosen for this run (or the record's, when replaying) is the one the child gets
        options = options.withHashSeed(log.hashSeed());
        long started = System.nanoTime();
        Child child;
        try {
            child = extras.launcher.launch(options);
            launched.set(child);
        } catch (IOException e) {
            closeQuietly(log);
            return stop(stderr, RunResult.stopped(Outcome.LAUNCH_FAILED,
                    "could not start the child JVM: " + e.getMessage()), null);
        }
        if (options.timeout() != null) {
            child.startWatchdog(options.timeout());
        }
        child.startCpuWatchdog(SandboxOptions.CPU_GRACE);
        RunResult result;
        try (child) {
            result = serve(child, vfs, fds, start, options, log, extras);
        } finally {
            fds.closeAll();
            extras.wallNanos = System.nanoTime() - started;
            extras.cpuTime = child.cpuTime();
            extras.peakMemoryBytes = child.peakMemoryBytes();
        }
        try {
            if (result.outcome() != Outcome.EXITED) {
                log.recordEnding(result.outcome().name(), result.exitCode(), result.reason());
            }
            log.close();
        } catch (CallLogFailure e) {
            return stop(stderr, RunResult.stopped(Outcome.CONTROLLER_ERROR, e.getMessage()), null);
        }
        if (result.outcome() == Outcome.EXITED) {
            if (result.exitCode() == 0 && options.commitOverlay() && vfs != null) {
                try {
                    vfs.commitOverlays();
                } catch (IOException | RuntimeException e) {
                    return stop(stderr, RunResult.stopped(Outcome.CONTROLLER_ERROR,
                            "could not commit the overlay to the host: " + e), null);
                }
            }
            return result;
        }
        boolean crash = result.outcome() == Outcome.CHILD_DIED || result.outcome() == Outcome.PROTOCOL_VIOLATION
                || result.outcome() == Outcome.CONTROLLER_ERROR;
        return stop(stderr, result, crash ? child.stderrText() : null);
    }

    /** fd 0: the embedder's bytes or stream (given up when the child is gone), else empty. */
    private static OpenFile stdin(SandboxOptions options, AtomicReference<Child> launched, RunControl control) {
        if (options.stdinBytes() != null) {
            return new GuestInput(new ByteArrayInputStream(options.stdinBytes()), () -> false);
        }
        if (options.stdinStream() != null) {
            return new GuestInput(options.stdinStream(),
                    () -> launched.get() != null && (!launched.get().isAlive() || launched.get().timedOut()),
                    control == null ? () -> false : control::take);
        }
        return new EmptyInput();
    }

    /** The run's str hash seed: the configured one, or a random one from 1 to 4294967295. */
    private static long hashSeed(SandboxOptions options) {
        Long seed = options.callLog().hashSeed();
        return seed != null ? seed : 1 + new SecureRandom().nextLong(HashSeed.MAX);
    }

    private static VirtualFileSystem newFileSystem(Path folder, SandboxOptions options) throws IOException {
        List<Mount> table = new ArrayList<>(folder != null ? VirtualFileSystem.defaultMounts(folder)
                : List.of(Mount.memory(VirtualFileSystem.WORK_DIR), Mount.memory(VirtualFileSystem.TMP_DIR)));
        table.addAll(options.mounts());
        return new VirtualFileSystem(table, options.newQuota(), VirtualFileSystem.WORK_DIR);
    }

    private static void closeQuietly(CallLog log) {
        try {
            log.close();
        } catch (CallLogFailure ignored) {
            // the run already failed for another reason
        }
    }

    private static RunResult serve(Child child, VirtualFileSystem vfs, FdTable fds, GuestStart start,
            SandboxOptions options, CallLog log, RunExtras extras) {
        RunResult result;
        RequestServer server = new RequestServer(child, vfs, fds, start).withHostCalls(extras.hostCalls);
        if (extras.control != null) {
            server.withControl(extras.control);
        }
        extras.server = server;
        try {
            // the call log's layers (trace, record, replay) wrap every request, host calls too
            long status = server.serve(log.around(server));
            child.closeReplies();
            child.awaitExit(EXIT_GRACE_MILLIS);
            RecordedEnding recorded = log.recordedEnding();
            if (recorded != null) {
                return replayedEnding(recorded);
            }
            if (child.timedOut()) {
                // an in-process guest stopped at its wall-time limit ends with its own EXIT
                return RunResult.stopped(Outcome.TIMEOUT, "wall-time limit of " + seconds(options) + " exceeded");
            }
            return limitOutcome(child, options, RunResult.exited(status));
        } catch (RecordedEnding e) {
            // the replay reached the point where the recorded run was stopped
            return replayedEnding(e);
        } catch (ProtocolViolation e) {
            result = RunResult.stopped(Outcome.PROTOCOL_VIOLATION, "protocol violation: " + e.getMessage());
        } catch (ChildGone e) {
            Integer status = child.awaitExit(GONE_GRACE_MILLIS);
            result = status != null
                    ? RunResult.stopped(Outcome.CHILD_DIED, "child exited without EXIT (status " + status + ")")
                    : RunResult.stopped(Outcome.PROTOCOL_VIOLATION, e.getMessage() + " without EXIT");
        } catch (OutputLimitExceeded e) {
            result = RunResult.stopped(Outcome.OUTPUT_LIMIT, e.getMessage());
        } catch (CallLogFailure e) {
            result = RunResult.stopped(Outcome.CONTROLLER_ERROR, e.getMessage());
        } catch (ReplayDiverged e) {
            result = RunResult.stopped(Outcome.REPLAY_DIVERGED, e.getMessage());
        } catch (RuntimeException e) {
            result = RunResult.stopped(Outcome.CONTROLLER_ERROR, "internal error: " + e);
        }
        if (child.timedOut()) {
            result = RunResult.stopped(Outcome.TIMEOUT,
                    "wall-time limit of " + seconds(options) + " exceeded");
        }
        if (log.replaying() && result.outcome() != Outcome.REPLAY_DIVERGED) {
            // a replayed child that ended where the recorded one was stopped: the record's ending
            try {
                RecordedEnding recorded = log.recordedEnding();
                if (recorded != null) {
                    return replayedEnding(recorded);
                }
            } catch (ReplayDiverged e) {
                // a damaged record: this run's own ending stands
            }
        }
        return limitOutcome(child, options, result);
    }

    /** The ending a record holds, as this run's (an unknown outcome name means a damaged record). */
    private static RunResult replayedEnding(RecordedEnding recorded) {
        Outcome outcome;
        try {
            outcome = Outcome.valueOf(recorded.outcome());
        } catch (IllegalArgumentException e) {
            return RunResult.stopped(Outcome.REPLAY_DIVERGED, "the record ends with an unknown outcome");
        }
        if (outcome == Outcome.EXITED) {
            return RunResult.stopped(Outcome.REPLAY_DIVERGED, "the record ends with an unknown outcome");
        }
        return new RunResult(outcome, recorded.exitCode(), recorded.reason());
    }

    /**
     * The run's memory or CPU limit, if that is how it ended: the child halted with the
     * memory-limit status, or the controller told it its CPU time was spent (whatever the
     * child did after that) or killed it for running past the limit. Otherwise {@code result}.
     */
    private static RunResult limitOutcome(Child child, SandboxOptions options, RunResult result) {
        if (result.outcome() == Outcome.TIMEOUT && !child.killedForCpu()) {
            return result;
        }
        if (child.exceededMemory()) {
            return RunResult.stopped(Outcome.MEMORY_LIMIT,
                    "memory limit of " + options.heapDescription() + " exceeded");
        }
        if (child.cpu().spent() || child.killedForCpu()) {
            return RunResult.stopped(Outcome.CPU_LIMIT,
                    "CPU limit of " + limitSeconds(options.cpuLimit()) + " exceeded");
        }
        if (result.outcome() == Outcome.CHILD_DIED) {
            Integer status = child.awaitExit(0);
            if (status != null && status == PipeEndpoint.MEMORY_LIMIT_STATUS) {
                return RunResult.stopped(Outcome.MEMORY_LIMIT,
                        "memory limit of " + options.heapDescription() + " exceeded");
            }
        }
        return result;
    }

    /** "2 s", "0.5 s". */
    private static String limitSeconds(java.time.Duration limit) {
        long millis = limit.toMillis();
        return (millis % 1000 == 0 ? String.valueOf(millis / 1000) : String.valueOf(millis / 1000.0)) + " s";
    }

    /** CPython's checks before it runs a file, with its messages (and exit codes 2 and 1). */
    private static RunResult checkScript(Path absolute) {
        if (Files.isDirectory(absolute)) {
            return new RunResult(Outcome.CANNOT_OPEN_SCRIPT, 1, "can't find '__main__' module in '" + absolute + "'");
        }
        if (!Files.exists(absolute)) {
            return RunResult.stopped(Outcome.CANNOT_OPEN_SCRIPT,
                    "can't open file '" + absolute + "': [Errno 2] No such file or directory");
        }
        if (!Files.isReadable(absolute)) {
            return RunResult.stopped(Outcome.CANNOT_OPEN_SCRIPT,
                    "can't open file '" + absolute + "': [Errno 13] Permission denied");
        }
        return null;
    }

    private static String seconds(SandboxOptions options) {
        long millis = options.timeout().toMillis();
        return millis % 1000 == 0 ? millis / 1000 + "s" : millis / 1000.0 + "s";
    }

    private static RunResult stop(OutputStream stderr, RunResult result, String childStderr) {
        if (childStderr != null && !childStderr.isBlank()) {
            say(stderr, "terrarium: the child's stderr:\n" + childStderr.stripTrailing());
        }
        say(stderr, "terrarium: stopped: " + result.reason());
        return result;
    }

    private static void say(OutputStream stderr, String line) {
        try {
            stderr.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            stderr.flush();
        } catch (IOException ignored) {
            // nowhere left to report to
        }
    }
}
