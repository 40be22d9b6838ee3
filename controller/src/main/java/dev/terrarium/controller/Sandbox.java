package dev.terrarium.controller;

import dev.terrarium.controller.child.ChildGone;
import dev.terrarium.controller.child.Child;
import dev.terrarium.controller.child.ProtocolViolation;
import dev.terrarium.controller.vfs.EmptyInput;
import dev.terrarium.controller.vfs.FdTable;
import dev.terrarium.controller.vfs.GuestOutput;
import dev.terrarium.controller.vfs.Mount;
import dev.terrarium.controller.vfs.OutputLimitExceeded;
import dev.terrarium.controller.vfs.OutputMeter;
import dev.terrarium.controller.vfs.VirtualFileSystem;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
        return run(script, args, options, stdout, stderr, new RunExtras());
    }

    /**
     * As {@link #run(Path, List, SandboxOptions, OutputStream, OutputStream)}, with what an
     * embedder adds ({@link RunExtras}); with {@code extras.mainSource} set, {@code script} is
     * ignored and the source runs with an in-memory {@code /work}.
     */
    static RunResult run(Path script, List<String> args, SandboxOptions options,
            OutputStream stdout, OutputStream stderr, RunExtras extras) {
        if (extras.mainSource != null) {
            return runSource(args, options, stdout, stderr, extras);
        }
        Path absolute = script.toAbsolutePath();
        RunResult unopenable = checkScript(absolute);
        if (unopenable != null) {
            say(stderr, "terrarium: " + unopenable.reason());
            return unopenable;
        }
        VirtualFileSystem vfs;
        Path guestScript;
        Path folder;
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
        try {
            List<Mount> table = new ArrayList<>(VirtualFileSystem.defaultMounts(folder));
            table.addAll(options.mounts());
            vfs = new VirtualFileSystem(table, options.newQuota(), VirtualFileSystem.WORK_DIR);
        } catch (IOException e) {
            return stop(stderr, RunResult.stopped(Outcome.LAUNCH_FAILED, e.getMessage()), null);
        }
        List<String> argv = new ArrayList<>();
        argv.add(VirtualFileSystem.WORK_DIR + "/" + guestScript);
        argv.addAll(args);
        return launchAndServe(vfs, argv, options, stdout, stderr, extras);
    }

    /** A script held in memory, shown to the guest as argv[0] {@code extras.mainName}, in an in-memory /work. */
    private static RunResult runSource(List<String> args, SandboxOptions options,
            OutputStream stdout, OutputStream stderr, RunExtras extras) {
        VirtualFileSystem vfs;
        try {
            List<Mount> table = new ArrayList<>(List.of(Mount.memory(VirtualFileSystem.WORK_DIR),
                    Mount.memory(VirtualFileSystem.TMP_DIR)));
            table.addAll(options.mounts());
            vfs = new VirtualFileSystem(table, options.newQuota(), VirtualFileSystem.WORK_DIR);
        } catch (IOException e) {
            return stop(stderr, RunResult.stopped(Outcome.LAUNCH_FAILED, e.getMessage()), null);
        }
        List<String> argv = new ArrayList<>();
        argv.add(extras.mainName);
        argv.addAll(args);
        return launchAndServe(vfs, argv, options, stdout, stderr, extras);
    }

    private static RunResult launchAndServe(VirtualFileSystem vfs, List<String> argv, SandboxOptions options,
            OutputStream stdout, OutputStream stderr, RunExtras extras) {
        long started = System.nanoTime();
        Child child;
        try {
            child = extras.launcher.launch(options);
        } catch (IOException e) {
            return stop(stderr, RunResult.stopped(Outcome.LAUNCH_FAILED,
                    "could not start the child JVM: " + e.getMessage()), null);
        }
        if (options.timeout() != null) {
            child.startWatchdog(options.timeout());
        }
        OutputMeter meter = new OutputMeter(options.maxOutputBytes());
        FdTable fds = new FdTable(extras.stdin != null ? extras.stdin : new EmptyInput(),
                new GuestOutput(stdout, meter), new GuestOutput(stderr, meter));
        RunResult result;
        try (child) {
            result = serve(child, vfs, fds, argv, options, extras);
        } finally {
            fds.closeAll();
            extras.wallNanos = System.nanoTime() - started;
            extras.cpuTime = child.cpuTime();
            extras.peakMemoryBytes = child.peakMemoryBytes();
        }
        if (result.outcome() == Outcome.EXITED) {
            if (result.exitCode() == 0 && options.commitOverlay()) {
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

    private static RunResult serve(Child child, VirtualFileSystem vfs, FdTable fds, List<String> argv,
            SandboxOptions options, RunExtras extras) {
        RunResult result;
        RequestServer server = new RequestServer(child, vfs, fds, argv).withHostCalls(extras.hostCalls);
        if (extras.mainSource != null) {
            server.withMainSource(extras.mainSource);
        }
        extras.server = server;
        try {
            long status = server.serve();
            child.closeReplies();
            child.awaitExit(EXIT_GRACE_MILLIS);
            return RunResult.exited(status);
        } catch (ProtocolViolation e) {
            result = RunResult.stopped(Outcome.PROTOCOL_VIOLATION, "protocol violation: " + e.getMessage());
        } catch (ChildGone e) {
            Integer status = child.awaitExit(GONE_GRACE_MILLIS);
            result = status != null
                    ? RunResult.stopped(Outcome.CHILD_DIED, "child exited without EXIT (status " + status + ")")
                    : RunResult.stopped(Outcome.PROTOCOL_VIOLATION, e.getMessage() + " without EXIT");
        } catch (OutputLimitExceeded e) {
            result = RunResult.stopped(Outcome.OUTPUT_LIMIT, e.getMessage());
        } catch (RuntimeException e) {
            result = RunResult.stopped(Outcome.CONTROLLER_ERROR, "internal error: " + e);
        }
        if (child.timedOut()) {
            result = RunResult.stopped(Outcome.TIMEOUT,
                    "wall-time limit of " + seconds(options) + " exceeded");
        }
        return result;
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
