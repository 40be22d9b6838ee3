package dev.terrarium.controller.child;

import dev.terrarium.controller.SandboxOptions;
import dev.terrarium.runtime.external.Reply;
import dev.terrarium.runtime.external.Request;
import dev.terrarium.runtime.external.WireCodec;
import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One running child JVM, seen from the controller: its request and reply pipes (read and
 * written only by the controller's serving thread), its stderr drained into a bounded
 * buffer, and an optional watchdog that kills it at the wall-time limit. Everything read
 * from the child is untrusted: frames are bounded by {@link WireCodec#MAX_FRAME} before any
 * allocation, and every malformation becomes a {@link ProtocolViolation}.
 */
public final class ChildProcess implements Child {
    /** Bytes of the child's stderr kept for diagnostics. */
    public static final int STDERR_LIMIT = 64 * 1024;

    private final Process process;
    private final FrameChannel channel;
    private final BoundedCapture stderr;
    private final AtomicBoolean timedOut = new AtomicBoolean();
    private final ClassDataArchive archive;
    private Thread watchdog;
    private Duration cpuAtExit;
    private long peakMemoryAtExit = -1;
    private final CpuAccount cpu;
    private final AtomicBoolean killedForCpu = new AtomicBoolean();
    private Thread cpuWatchdog;
    /** CPU time of the process before its run began (a pooled child's start-up and warm-up). */
    private volatile long cpuOriginNanos;

    private ChildProcess(Process process, ClassDataArchive archive, Duration cpuLimit) {
        this.process = process;
        this.archive = archive;
        this.channel = new FrameChannel(process.getInputStream(), process.getOutputStream(), "child");
        this.cpu = new CpuAccount(cpuLimit, this::cpuNanos);
        this.stderr = BoundedCapture.start(process.getErrorStream(), STDERR_LIMIT, "terrarium-child-stderr");
    }

    /**
     * Children still running, killed by a shutdown hook if the controller is stopped
     * (SIGTERM, SIGINT, System.exit) while they run: a guest in an endless loop would
     * otherwise outlive its controller, since it only notices a dead pipe when it next
     * talks to it. (A SIGKILLed controller cannot clean up; its child then ends at its
     * next request.)
     */
    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroyForcibly),
                "terrarium-child-reaper"));
    }

    /** Starts the child JVM described by {@code options}, with an empty environment, in "/". */
    public static ChildProcess launch(SandboxOptions options) throws IOException {
        return launch(options, List.of());
    }

    /**
     * Starts a child for the controller's warm pool: it warms up (loads and exercises its
     * parser, compiler and runtime) before it sends HELLO, while it waits to be used.
     */
    public static ChildProcess launchWarm(SandboxOptions options) throws IOException {
        return launch(options, List.of(ChildCommand.WARM_UP));
    }

    private static ChildProcess launch(SandboxOptions options, List<String> moreProgramArgs) throws IOException {
        ClassDataArchive archive = ClassDataArchive.plan(options.classDataDirectory(),
                ChildCommand.javaExecutable(options), ChildCommand.classPathEntries(options), options.mainClass());
        List<String> command = new ArrayList<>(
                ChildCommand.build(options, archive == null ? List.of() : archive.jvmArgs()));
        command.addAll(moreProgramArgs);
        if (options.childInOwnSession() && java.nio.file.Files.isExecutable(SETSID)) {
            // setsid(1) execs the JVM in the same process (the child is no group leader), in a
            // new session without a terminal: the terminal's SIGINT reaches the controller only
            command.add(0, SETSID.toString());
        }
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().clear();
        builder.directory(new File("/"));
        Process process = builder.start();
        RUNNING.add(process);
        return new ChildProcess(process, archive, options.cpuLimit());
    }

    private static final java.nio.file.Path SETSID = java.nio.file.Paths.get("/usr/bin/setsid");

    /** Kills the child once {@code limit} has passed since now, unless it has exited by then. */
    @Override
    public void startWatchdog(Duration limit) {
        watchdog = new Thread(() -> {
            try {
                if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                    timedOut.set(true);
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                // the run ended first
            }
        }, "terrarium-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    /** True while the child process runs (a blocked stdin read gives up once it is gone). */
    @Override
    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Waits up to {@code millis} for the child's first request (its HELLO, sent once it has
     * started and warmed up) without reading it; true if it has arrived.
     */
    public boolean awaitGreeting(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        while (!channel.hasInput()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(5);
        }
        return true;
    }

    /** True if the watchdog killed the child. */
    @Override
    public boolean timedOut() {
        return timedOut.get();
    }

    // ---- the CPU limit ----

    /** The child's CPU account: answers its CPU_CHECK requests. */
    @Override
    public CpuAccount cpu() {
        return cpu;
    }

    /**
     * CPU time the child process has used so far (all its threads), in nanoseconds, as the
     * kernel reports it, since {@link #chargeCpuFromNow} if that was called; -1 if the
     * platform does not say.
     */
    public long cpuNanos() {
        if (!guestStarted) {
            return 0; // the JVM still starts: its start-up is not the guest's (the wall limit bounds it)
        }
        long total = process.info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
        return total < 0 ? -1 : Math.max(0, total - cpuOriginNanos);
    }

    /** Set once the guest starts: CPU time counts from then. */
    private volatile boolean guestStarted;

    /** The CPU limit counts from now: the JVM's start-up (and a pooled child's warm-up) is not the guest's. */
    @Override
    public void guestStarting() {
        chargeCpuFromNow();
        guestStarted = true;
    }

    /**
     * Counts the CPU limit from now on: a child of the warm pool, taken for a run, is not
     * charged for the start-up and warm-up it did while it waited.
     */
    public void chargeCpuFromNow() {
        cpuOriginNanos = Math.max(0, process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L));
    }

    /**
     * Kills the child once it has used {@code grace} more CPU than its limit: a child that
     * stops asking (a builtin that runs long without ticking, or a hostile child) still ends.
     * Polls every {@link #CPU_POLL_MILLIS}.
     */
    @Override
    public void startCpuWatchdog(Duration grace) {
        if (cpu.limit() == null) {
            return;
        }
        cpuWatchdog = new Thread(() -> {
            try {
                while (!process.waitFor(CPU_POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                    if (cpu.exceeded(grace)) {
                        killedForCpu.set(true);
                        process.destroyForcibly();
                        return;
                    }
                }
            } catch (InterruptedException e) {
                // the run ended first
            }
        }, "terrarium-cpu-watchdog");
        cpuWatchdog.setDaemon(true);
        cpuWatchdog.start();
    }

    /** How often the CPU watchdog measures the child. */
    static final long CPU_POLL_MILLIS = 100;

    /** True if the CPU watchdog killed the child. */
    @Override
    public boolean killedForCpu() {
        return killedForCpu.get();
    }

    /** Reads and decodes the next request frame. */
    @Override
    public Request readRequest() throws ProtocolViolation, ChildGone {
        Request request = channel.readRequest();
        if (request.op() == dev.terrarium.runtime.external.Op.EXIT) {
            snapshotUsage();
        }
        return request;
    }

    // ---- usage, measured by the controller (the child cannot lie about it) --------------

    /** While the child still runs (it waits for the EXIT reply), reads its CPU time and peak memory. */
    private void snapshotUsage() {
        cpuAtExit = process.info().totalCpuDuration().orElse(null);
        peakMemoryAtExit = ProcessUsage.peakResidentBytes(process.pid());
    }

    /**
     * The child JVM's total CPU time (all its threads: the guest, the JIT compilers, the
     * garbage collector) when it sent EXIT, from the operating system's process accounting.
     */
    @Override
    public Duration cpuTime() {
        return cpuAtExit;
    }

    /**
     * The child JVM's peak resident set size (Linux {@code VmHWM}) when it sent EXIT: the
     * most physical memory the whole JVM held, heap and everything else; -1 off Linux.
     */
    @Override
    public long peakMemoryBytes() {
        return peakMemoryAtExit;
    }

    /** Encodes and sends one reply frame. */
    @Override
    public void sendReply(Reply reply) throws ChildGone {
        channel.sendReply(reply);
    }

    /** Closes the reply pipe: the child sees end of file if it reads again. */
    @Override
    public void closeReplies() {
        channel.closeReplies();
    }

    /** The child's exit status, waiting up to {@code millis} for it to exit; null if it is still running. */
    @Override
    public Integer awaitExit(long millis) {
        try {
            if (process.waitFor(millis, TimeUnit.MILLISECONDS)) {
                return process.exitValue();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }

    /** What the child wrote to its stderr (bounded), once it has exited. */
    @Override
    public String stderrText() {
        return stderr.text(1000);
    }

    /** Kills the child if it still runs, waits for it briefly, and stops the watchdog. */
    @Override
    public void close() {
        boolean cleanExit = !process.isAlive() && process.exitValue() == 0;
        process.destroyForcibly();
        awaitExit(5000);
        RUNNING.remove(process);
        if (archive != null) {
            archive.finish(cleanExit);
        }
        if (watchdog != null) {
            watchdog.interrupt();
        }
        if (cpuWatchdog != null) {
            cpuWatchdog.interrupt();
        }
        channel.close();
    }
}
